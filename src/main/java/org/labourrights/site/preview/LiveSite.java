package org.labourrights.site.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.labourrights.site.admin.AdminSite;
import org.labourrights.site.content.AliasRules;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.ContentText;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.files.FolderTree;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.index.live.LiveSearch;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.model.Site;
import org.labourrights.site.pipeline.ContentSource;
import org.labourrights.site.pipeline.StageClock;
import org.labourrights.site.render.Messages;
import org.labourrights.site.render.Page;
import org.labourrights.site.render.SiteData;
import org.labourrights.site.render.SiteTemplates;
import org.labourrights.site.write.SiteStamp;
import org.labourrights.site.write.SiteWriter;

/**
 * The site kept open for the preview: the content source (and its store) stays up between
 * edits, and an edit changes only what it touches. The edited file is parsed and replaced in the
 * store, and its record read back from the store (still the templates' one source).
 *
 * <p>The common edit, a document changed where it stands (same address, lists and cases: its text,
 * title or date), patches the site model in place, plans again only the groups of pages that show
 * the document (see {@link org.labourrights.site.render.PlanMemory}) and draws the pages among them
 * whose content changed. Any other change (a file added or deleted, a case, a tag list, a
 * template) assembles and checks the whole site again from the records in memory; the plan still
 * reuses every group whose inputs are unchanged, and pages that are no longer planned are deleted.
 *
 * <p>A file with problems changes nothing: the last good site stays, and the problems are
 * reported until the file is fixed. The search index is kept open too ({@link LiveSearch}): an edit
 * rewrites only the index files its words touch.
 *
 * <p>Not thread-safe: one thread applies edits.
 */
public final class LiveSite implements AutoCloseable {

    private static final Path SITE_SETTINGS = Path.of("content", "data", "site.yaml");

    /**
     * What an update did: the addresses it wrote or deleted, or the problems that stopped it, and
     * the milliseconds each stage took, in order.
     */
    public record Update(Set<String> changed, List<Problem> problems, Map<String, Long> stages) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path root;
    private final Path output;
    private final Instant now;
    private final ContentSource.Opener sources;
    private ContentSource source;
    private Messages messages;
    private SiteWriter writer;
    /** Problems of the assets as last saved (a joined script's parts): the last good assets stay up. */
    private List<Problem> assetProblems = List.of();
    private SiteData input;
    private PublishedSearch search = new PublishedSearch("/search/pending/", 0, 0);
    /** Whether the last redraw found problems across files (a link, a clash): the next one checks everything. */
    private boolean siteProblems;
    /** The search index, kept open: an edit rewrites only the files its words touch. */
    private LiveSearch liveSearch;
    private final LiveWarnings warnings;

    private LiveSite(Path root, Path output, Instant now, ContentSource.Opener sources) {
        this.root = root;
        this.output = output;
        this.now = now;
        this.sources = sources;
        this.source = sources.open(root, now, ContentInventory.of(root));
        this.warnings = new LiveWarnings(ContentText.sourceOf(root));
    }

    /**
     * Opens the project's content through {@code sources} for a site in {@code output} (emptied
     * first); {@link #build} then writes it whole.
     */
    public static LiveSite open(Path projectRoot, Path output, Instant now, ContentSource.Opener sources) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path site = output.toAbsolutePath().normalize();
        // The preview rewrites the site where it stands: no stamp may say a build made what it shows.
        SiteStamp.forget(site);
        empty(site);
        return new LiveSite(root, site, now, sources);
    }

    private static void empty(Path site) {
        FolderTree.delete(site);
        try {
            Files.createDirectories(site);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The first, full build. The update says whether the content had problems; the site is then
     * written once they are fixed.
     */
    public Update build() {
        StageClock clock = new StageClock();
        source.load();
        newWriter();
        clock.end("read and store");
        Update first = redraw(clock);
        if (first.ok()) {
            AdminSite.publish(input.site(), root, output, messages);
            clock.end("admin");
        }
        return first;
    }

    /**
     * Applies saved, added and deleted files (paths under the project): content files one by one,
     * templates and assets by drawing every page again.
     */
    public Update apply(Collection<Path> paths) {
        StageClock clock = new StageClock();
        boolean looks = false;
        List<Path> content = new ArrayList<>();
        for (Path path : paths) {
            Path file = root.resolve(path).toAbsolutePath().normalize();
            if (file.startsWith(root.resolve("templates")) || file.startsWith(root.resolve("assets"))) {
                looks = true;
            } else if (file.startsWith(root.resolve("content"))) {
                content.add(file);
            }
        }
        if (content.contains(root.resolve(SITE_SETTINGS))
                && !SiteSettings.languagesOf(root).equals(source.settings().languages())) {
            return reopened();
        }
        ContentSource.Reread reread = source.reread(content);
        if (looks || writer == null) {
            newWriter();
        } else if (reread.mediaChanged()) {
            writer.publishMedia(source.media());
        }
        clock.end("read and store");
        if (!looks && !reread.reshaped() && !siteProblems && source.problems().isEmpty() && assetProblems.isEmpty()
                && input != null) {
            Optional<SiteData> inPlace = input.editInPlace(reread.edited(), now);
            if (inPlace.isPresent()) {
                return redrawEdited(inPlace.get(), reread.edited(), clock);
            }
        }
        return redraw(clock);
    }

    /**
     * The site read again from the start, as a restart of the preview would: site.yaml now lists
     * other languages, and every file is read in the site's languages (which are a document's
     * translations, which texts a case must have, which interface words), so no record in the store
     * can be kept. The site folder is emptied first: no page of a language taken out may stay.
     */
    private Update reopened() {
        ContentInventory inventory;
        try {
            inventory = ContentInventory.of(root);
        } catch (ContentException e) {
            return new Update(Set.of(), e.problems().stream().sorted().toList(), Map.of());
        }
        if (liveSearch != null) {
            liveSearch.close();
            liveSearch = null;
        }
        source.close();
        empty(output);
        source = sources.open(root, now, inventory);
        writer = null;
        messages = null;
        input = null;
        siteProblems = false;
        search = new PublishedSearch("/search/pending/", 0, 0);
        return build();
    }

    /** Every problem that keeps the site from being updated, by file then line. */
    public List<Problem> problems() {
        return Stream.concat(source.problems().stream(), assetProblems.stream()).sorted().toList();
    }

    /** What the editor should look at in the site as it now is; shown in the terminal, never stopping it. */
    public List<Problem> warnings() {
        return warnings.of(source.documents(), source.cases(), source.hiddenNames());
    }

    /**
     * A writer for the templates, interface words and assets as saved; if the words or the assets
     * cannot be published, the last writer stays and the problems are shown.
     */
    private void newWriter() {
        Messages words;
        SiteWriter next;
        try {
            words = Messages.load(root.resolve("templates").resolve("i18n"), source.settings().languages());
            next = new SiteWriter(new SiteTemplates(root.resolve("templates"), words), words,
                    root.resolve("assets"), output);
            next.publishAssets();
        } catch (ContentException e) {
            assetProblems = e.problems();
            return;
        }
        assetProblems = List.of();
        messages = words;
        writer = next;
        writer.publishMedia(source.media());
    }

    /**
     * Redraws after documents were edited in place (see {@link SiteData#editInPlace}): the site
     * was patched rather than assembled, and the plan gathers again only the groups of pages that
     * show the edited documents.
     */
    private Update redrawEdited(SiteData next, Map<Document, Document> edited, StageClock clock) {
        clock.end("model");
        try {
            List<Page> planned = writer.planEdited(next, edited.keySet(), edited.values());
            clock.end("plan and check links");
            Set<String> changed = writer.write(next, planned, search);
            clock.end("write");
            input = next;
            liveSearch.update(edited.values().stream().map(SearchDocuments::of).toList(), Set.of());
            clock.end("search index");
            return new Update(changed, List.of(), clock.millis());
        } catch (ContentException e) {
            siteProblems = true;
            return new Update(Set.of(), e.problems().stream().sorted().toList(), clock.millis());
        }
    }

    /** Plans the whole site from the records in memory and writes what differs. */
    private Update redraw(StageClock clock) {
        if (!problems().isEmpty()) {
            return new Update(Set.of(), problems(), clock.millis());
        }
        try {
            SiteData next = SiteData.assemble(source.documents(), source.cases(), source.vocabulary(),
                    source.settings(), now);
            clock.end("model");
            List<Page> planned = writer.plan(next);
            clock.end("plan and check links");
            Set<String> changed = writer.write(next, planned, search);
            clock.end("write");
            SiteData before = input;
            input = next;
            if (liveSearch == null) {
                liveSearch = LiveSearch.open(next.site().languages(), SearchDocuments.of(next.site()), output);
                search = liveSearch.published();
                changed.addAll(writer.write(next, planned, search));
            } else {
                updateSearch(before.site(), next.site());
            }
            clock.end("search index");
            siteProblems = false;
            return new Update(changed, List.of(), clock.millis());
        } catch (ContentException e) {
            siteProblems = true;
            return new Update(Set.of(), e.problems().stream().sorted().toList(), clock.millis());
        }
    }

    /** Tells the search index what an edit changed: the documents and cases that are new, edited or gone. */
    private void updateSearch(Site before, Site after) {
        Set<Object> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        unchanged.addAll(after.documents());
        unchanged.addAll(after.cases());
        Set<String> gone = new HashSet<>();
        for (Document document : before.documents()) {
            if (!unchanged.contains(document)) {
                gone.add(SearchDocuments.of(document).id());
            }
        }
        for (Case c : before.cases()) {
            if (!unchanged.contains(c)) {
                for (Language language : before.languages().all()) {
                    gone.add(SearchDocuments.of(c, language).id());
                }
            }
        }
        Set<Object> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(before.documents());
        known.addAll(before.cases());
        List<SearchDocument> changed = new ArrayList<>();
        for (Document document : after.documents()) {
            if (!known.contains(document)) {
                changed.add(SearchDocuments.of(document));
            }
        }
        for (Case c : after.cases()) {
            if (!known.contains(c)) {
                for (Language language : after.languages().all()) {
                    changed.add(SearchDocuments.of(c, language));
                }
            }
        }
        changed.forEach(document -> gone.remove(document.id()));
        if (!changed.isEmpty() || !gone.isEmpty()) {
            liveSearch.update(changed, gone);
        }
    }

    @Override
    public void close() {
        if (liveSearch != null) {
            liveSearch.close();
        }
        source.close();
    }

    /**
     * Where an old address (an alias) leads as the site now is, as the host's {@code _redirects}
     * would answer it; empty for any other address.
     */
    public Optional<String> redirect(String path) {
        SiteData site = input;
        if (site == null || path.isEmpty()) {
            return Optional.empty();
        }
        return site.site().redirectFrom(AliasRules.address(path)).map(Redirect::to);
    }

    /** Where the site is written. */
    public Path output() {
        return output;
    }
}
