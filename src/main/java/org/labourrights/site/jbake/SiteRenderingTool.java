package org.labourrights.site.jbake;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.LinkChecker;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.model.Urls;
import org.labourrights.site.index.PublishedSearch;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.SiteSearch;
import org.labourrights.site.render.AssetPipeline;
import org.labourrights.site.render.Messages;
import org.labourrights.site.render.OpenData;
import org.labourrights.site.render.Page;
import org.labourrights.site.render.PagePlan;

/**
 * The whole site from JBake's content store in one linear pass, in place of JBake's per-document
 * renderer (which queries the store for every document to find its neighbours: quadratic) and of
 * its single-language index, feed, tag and sitemap renderers. {@link ParallelCrawler} stores every
 * document already marked rendered, which leaves JBake's own {@code DocumentsRenderer} nothing to do.
 */
public final class SiteRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeContext context = BakeContext.of(config);
        context.stats().ran = true;
        long start = System.nanoTime();
        List<DocumentModel> stored = new ArrayList<>(db.getAllContent(StoredDocument.TYPE));
        stored.addAll(db.getAllContent(StoredCase.TYPE));
        context.stats().time("store query", start);
        return renderSite(db, config, context, stored);
    }

    private int renderSite(ContentStore db, JBakeConfiguration config, BakeContext context, List<DocumentModel> stored) {
        if (!context.problems().isEmpty()) {
            return 0;
        }
        try {
            long start = System.nanoTime();
            Map<String, DocumentModel> data = dataFiles(db, config);
            Map<String, Tag> vocabulary = vocabulary(data.get(DataFileEngine.TAGS), context);
            SiteSettings settings = settings(data.get(DataFileEngine.SETTINGS), context);
            List<Document> documents = stored.stream().filter(m -> StoredDocument.TYPE.equals(m.getType()))
                    .map(StoredDocument::fromModel).toList();
            List<Case> cases = stored.stream().filter(m -> StoredCase.TYPE.equals(m.getType()))
                    .map(StoredCase::fromModel).toList();
            Site site = new SiteAssembler(vocabulary, context.now()).assemble(documents, cases);
            context.stats().time("model", start);

            start = System.nanoTime();
            DelegatingTemplateEngine engines = new DelegatingTemplateEngine(db, config);
            Messages messages = context.messages();
            Path output = config.getDestinationFolder().toPath();
            Map<String, String> assets = AssetPipeline.publish(context.projectRoot().resolve("assets"), output);
            List<Page> pages = PagePlan.of(site, messages, settings.baseUrl());

            Set<String> addresses = new HashSet<>(assets.values());
            pages.forEach(p -> addresses.add(p.url()));
            addresses.add(OpenData.JSON);
            addresses.add(OpenData.CSV);
            LinkChecker.check(site, addresses);
            context.stats().time("plan", start);

            start = System.nanoTime();
            PublishedSearch search = SiteSearch.publish(SearchDocuments.of(site), output);
            context.stats().time("search index", start);

            start = System.nanoTime();
            Map<String, Object> shared = new HashMap<>();
            shared.put("searchIndex", search);
            shared.put("assets", assets);
            shared.put("settings", settings);
            shared.put("nav", navigation(site));
            shared.put("tagNames", tagNames(vocabulary));
            shared.put("csvColumns", OpenData.COLUMNS);
            pages.parallelStream().forEach(page -> write(engines, page, shared, output, context));
            writeFile(output, OpenData.JSON, OpenData.json(site, settings.baseUrl()), context);
            writeFile(output, OpenData.CSV, OpenData.csv(site, settings.baseUrl()), context);
            context.stats().time("pages", start);
            return pages.size();
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
            return 0;
        }
    }

    private static void write(DelegatingTemplateEngine engines, Page page, Map<String, Object> shared, Path output,
                              BakeContext context) {
        TemplateModel model = new TemplateModel();
        model.putAll(shared);
        model.putAll(page.data());
        model.put("page", page);
        Language language = page.language() == null ? Language.EN : page.language();
        model.put("lang", language.code());
        model.put("otherLang", language.other().code());
        Path file = output.resolve(Urls.file(page.url()));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                engines.renderDocument(model, page.template(), writer);
            }
            context.stats().pages.incrementAndGet();
            context.stats().bytes.addAndGet(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RenderingException e) {
            throw new IllegalStateException("cannot render " + page.url() + " with templates/" + page.template()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(Path output, String url, String text, BakeContext context) {
        Path file = output.resolve(Urls.file(url));
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            context.stats().pages.incrementAndGet();
            context.stats().bytes.addAndGet(bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's links, per language: every dated section, then the site's pages. */
    private static Map<String, List<Map<String, String>>> navigation(Site site) {
        Map<String, List<Map<String, String>>> nav = new HashMap<>();
        for (Language language : Language.values()) {
            List<Map<String, String>> items = new ArrayList<>();
            for (Section section : Section.values()) {
                if (section.isDated()) {
                    items.add(Map.of("url", Urls.section(language, section), "key", "section." + section.slug()));
                }
            }
            items.add(Map.of("url", Urls.cases(language), "key", "cases.title"));
            items.add(Map.of("url", Urls.countries(language), "key", "countries.title"));
            items.add(Map.of("url", Urls.search(language), "key", "search.title"));
            for (Document page : site.inSection(language, Section.PAGES)) {
                items.add(Map.of("url", Urls.document(page), "title", page.title()));
            }
            nav.put(language.code(), items);
        }
        return nav;
    }

    /** Each tag's name by language code, as templates look it up: tagNames[key][lang]. */
    private static Map<String, Map<String, String>> tagNames(Map<String, Tag> vocabulary) {
        Map<String, Map<String, String>> names = new HashMap<>();
        vocabulary.forEach((key, tag) -> {
            Map<String, String> byCode = new HashMap<>();
            tag.names().forEach((language, name) -> byCode.put(language.code(), name));
            names.put(key, byCode);
        });
        return names;
    }

    private static Map<String, DocumentModel> dataFiles(ContentStore db, JBakeConfiguration config) {
        Map<String, DocumentModel> files = new HashMap<>();
        for (DocumentModel model : db.getAllContent(config.getDataFileDocType())) {
            files.put(new File(model.getSourceuri()).getName(), model);
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Tag> vocabulary(DocumentModel model, BakeContext context) {
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
