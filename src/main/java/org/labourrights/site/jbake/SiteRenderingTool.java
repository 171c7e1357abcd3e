package org.labourrights.site.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.labourrights.site.admin.AdminSite;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.ContentText;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.HiddenNameWarnings;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.index.PublishedSearch;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.SiteSearch;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.render.Page;

/**
 * The whole site from JBake's content store in one linear pass, in place of JBake's per-document
 * renderer (which queries the store for every document to find its neighbours: quadratic) and of
 * its single-language index, feed, tag and sitemap renderers. {@link ParallelCrawler} stores every
 * document already marked rendered, which leaves JBake's own {@code DocumentsRenderer} nothing to do.
 */
public final class SiteRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        BakeContext context = BakeContext.of(config);
        context.stats().ran = true;
        if (!context.problems().isEmpty()) {
            return 0;
        }
        try {
            long start = System.nanoTime();
            List<Document> documents = documents(db);
            List<Case> cases = new ArrayList<>();
            Map<String, HiddenName> hiddenNames = new HashMap<>();
            for (DocumentModel model : db.getAllContent(StoredCase.TYPE)) {
                Case c = StoredCase.fromModel(model);
                cases.add(c);
                HiddenName hidden = StoredCase.hiddenName(model);
                if (hidden != null) {
                    hiddenNames.put(c.id(), hidden);
                }
            }
            Map<String, DocumentModel> data = dataFiles(db, config);
            context.stats().time("store query and records", start);
            context.warnings().addAll(HiddenNameWarnings.of(documents, hiddenNames, sourceText(context)));

            start = System.nanoTime();
            SiteWriter.Input input = input(documents, cases, data, context);
            context.stats().time("model", start);

            start = System.nanoTime();
            Path output = config.getDestinationFolder().toPath();
            SiteWriter writer = new SiteWriter(new SiteTemplateEngine(config, db), output, context);
            writer.publishAssets();
            writer.publishMedia(context.inventory().entries(ContentInventory.Kind.MEDIA));
            List<Page> pages = writer.plan(input);
            context.stats().time("plan", start);

            // The index and the pages are built at once: neither needs the other but for the search page.
            start = System.nanoTime();
            long searchStart = start;
            CompletableFuture<PublishedSearch> search = CompletableFuture.supplyAsync(() -> {
                PublishedSearch published = SiteSearch.publish(SearchDocuments.of(input.site()), output);
                context.stats().time("search index (during pages)", searchStart);
                return published;
            });
            writer.write(input, pages, search);
            context.stats().time("pages", start);

            start = System.nanoTime();
            AdminSite.publish(input.site(), context.projectRoot(), output, context.messages());
            context.stats().time("admin", start);
            return pages.size();
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
            return 0;
        }
    }

    /**
     * The documents the store holds, as records. The store's answer (a map per document) is
     * dropped once read, rather than kept beside the records for the whole bake.
     */
    private static List<Document> documents(ContentStore db) {
        return db.getAllContent(StoredDocument.TYPE).stream().map(StoredDocument::fromModel).toList();
    }

    /** The public site from what the store holds: checked as a whole, drafts and embargoes left out. */
    static SiteWriter.Input input(List<Document> documents, List<Case> cases, Map<String, DocumentModel> data,
                                  BakeContext context) {
        Map<String, Tag> vocabulary = vocabulary(data.get(DataFileEngine.TAGS));
        SiteSettings settings = settings(data.get(DataFileEngine.SETTINGS), context);
        Site site = new SiteAssembler(vocabulary, context.now()).assemble(documents, cases);
        return new SiteWriter.Input(site, vocabulary, settings);
    }

    /**
     * The site after documents were edited in place, patched instead of assembled again; empty
     * when one of the edits changes what the site-wide checks look at (see
     * {@link SiteAssembler#editInPlace}).
     */
    static Optional<SiteWriter.Input> editInPlace(SiteWriter.Input input, Map<Document, Document> edited,
                                                  BakeContext context) {
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        SiteAssembler assembler = new SiteAssembler(input.vocabulary(), context.now());
        Site site = input.site();
        for (Map.Entry<Document, Document> edit : edited.entrySet()) {
            Optional<Site> patched = assembler.editInPlace(site, edit.getKey(), edit.getValue());
            if (patched.isEmpty()) {
                return Optional.empty();
            }
            site = patched.get();
        }
        if (!assembler.pairsAgree(site, edited.values())) {
            return Optional.empty();
        }
        return Optional.of(new SiteWriter.Input(site, input.vocabulary(), input.settings()));
    }

    /** A document's file as its reader saw it, for warnings that name a line; read again only when needed. */
    static Function<String, String> sourceText(BakeContext context) {
        return shown -> ContentText.checked(ContentText.read(context.projectRoot().resolve(shown), shown), shown);
    }

    /** The data files (content/data/) by file name. */
    static Map<String, DocumentModel> dataFiles(ContentStore db, JBakeConfiguration config) {
        Map<String, DocumentModel> files = new HashMap<>();
        for (DocumentModel model : db.getAllContent(config.getDataFileDocType())) {
            files.put(new File(model.getSourceuri()).getName(), model);
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Tag> vocabulary(DocumentModel model) {
        if (model == null) {
            throw new ContentException(new Problem("content/data/" + DataFileEngine.TAGS, 1,
                    "the tag vocabulary is missing: create this file with lines like strikes: {ru: забастовки, en: strikes}"));
        }
        Map<String, Tag> tags = new HashMap<>();
        ((Map<String, Map<String, String>>) model.get("vocabulary")).forEach((key, names) -> {
            Map<Language, String> byLanguage = new HashMap<>();
            names.forEach((code, name) -> byLanguage.put(Language.fromCode(code).orElseThrow(), name));
            tags.put(key, new Tag(key, byLanguage));
        });
        return tags;
    }

    private static SiteSettings settings(DocumentModel model, BakeContext context) {
        if (context.baseUrlOverride() != null) {
            return SiteSettings.withBaseUrl("URL", 1, context.baseUrlOverride());
        }
        if (model == null) {
            throw new ContentException(new Problem("content/data/" + DataFileEngine.SETTINGS, 1,
                    "the site settings are missing: create this file with the line base_url: https://example.org"));
        }
        return new SiteSettings(model.get("base_url").toString());
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
