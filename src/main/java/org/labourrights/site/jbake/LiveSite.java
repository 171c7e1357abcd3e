package org.labourrights.site.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.labourrights.site.admin.AdminSite;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.HiddenNameWarnings;
import org.labourrights.site.content.Problem;
import org.labourrights.site.index.PublishedSearch;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.LiveSearch;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Site;
import org.labourrights.site.render.Page;

/**
 * The site kept open for the preview: JBake's store stays up between edits, and an edit changes
 * only what it touches. The edited file is parsed and replaced in the store, and its record read
 * back from the store (still the templates' one source).
 *
 * <p>The common edit, a document changed where it stands (same address, lists and cases: its text,
 * title or date), patches the site model in place, plans again only the groups of pages that show
 * the document (see {@link org.labourrights.site.render.PlanMemory}) and draws the pages among them
 * whose content changed. Any other change (a file added or deleted, a case, a tag list, a
 * template) assembles and checks the whole site again from the records in memory; the plan still
 * reuses every group whose inputs are unchanged, and pages that are no longer planned are deleted
 * (JBake's own incremental mode keeps them).
 *
 * <p>A file with problems changes nothing: the last good site stays, and the problems are
 * reported until the file is fixed. The search index is kept open too ({@link LiveSearch}): an edit
 * rewrites only the index files its words touch.
 *
 * <p>Not thread-safe: one thread applies edits. JBake's engines are global, so one at a time per JVM.
 */
public final class LiveSite implements AutoCloseable {

    /**
     * What an update did: the addresses it wrote or deleted, or the problems that stopped it, and
     * the milliseconds each stage took, in order.
     */
    public record Update(Set<String> changed, List<Problem> problems, Map<String, Long> stages) {

        static Update none() {
            return new Update(Set.of(), List.of(), Map.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path root;
    private final Path output;
    private final DefaultJBakeConfiguration config;
    private final ContentStore store;
    private final ParallelCrawler crawler;
    private BakeContext context;
    private SiteWriter writer;
    /**
     * The store's records as read back from it, by source URI, newest first as the site lists
     * them: an edited record keeps its place, so sorting the site again costs one pass.
     */
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Case> cases = new HashMap<>();
    /** The real names of the cases shown by initials or pseudonym, by the case's source URI: for warnings only. */
    private final Map<String, HiddenName> hiddenNames = new HashMap<>();
    /** Problems of files as last saved, by file: any one keeps the last good site up. */
    private final Map<String, List<Problem>> fileProblems = new TreeMap<>();
    /** Problems of the assets as last saved (a joined script's parts): the last good assets stay up. */
    private List<Problem> assetProblems = List.of();
    private SiteWriter.Input input;
    private List<Page> pages = List.of();
    private PublishedSearch search = new PublishedSearch("/search/pending/", 0, 0);
    /** Whether the last redraw found problems across files (a link, a clash): the next one checks everything. */
    private boolean siteProblems;
    /** Whether the files read since the last redraw added, deleted or changed anything but documents. */
    private boolean reshaped;
    /** The search index, kept open: an edit rewrites only the files its words touch. */
    private LiveSearch liveSearch;
    /** The files of content/files/, published as they are, by the path an editor knows them by. */
    private final Map<String, ContentInventory.Entry> media = new TreeMap<>();
    /** Whether the files read since the last redraw added, changed or deleted one of {@link #media}. */
    private boolean mediaChanged;

    private LiveSite(Path root, Path output, Instant now) {
        this.root = root;
        this.output = output;
        this.context = BakeContext.create(root, now, null, ContentInventory.of(root));
        this.config = SiteBake.configure(root, output, context);
        // What Oven.bake() does before crawling: document types from the template keys, then the store.
        DocumentTypes.addDocumentType(StoredDocument.TYPE);
        DocumentTypes.addDocumentType(StoredCase.TYPE);
        this.store = new ContentStore("memory", "preview-" + System.nanoTime());
        store.startup();
        this.crawler = new ParallelCrawler(store, config);
    }

    /**
     * Builds the whole site into {@code output} (emptied first) and keeps it open for edits. The
     * update says whether the content had problems; the site is then written once they are fixed.
     */
    public static LiveSite open(Path projectRoot, Path output, Instant now) {
        synchronized (SiteBake.class) {
            Path root = projectRoot.toAbsolutePath().normalize();
            Path site = output.toAbsolutePath().normalize();
            try {
                deleteFolder(site);
                Files.createDirectories(site);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new LiveSite(root, site, now);
        }
    }

    /** The first, full build. */
    public Update build() {
        synchronized (SiteBake.class) {
            Stages stages = new Stages();
            context.stats().bakeStart = System.nanoTime();
            for (Problem problem : context.inventory().problems()) {
                fileProblems.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
            }
            context.inventory().entries(ContentInventory.Kind.MEDIA).forEach(entry -> media.put(entry.shown(), entry));
            crawler.crawl();
            crawler.crawlDataFiles();
            Map<String, Document> stored = new HashMap<>();
            for (DocumentModel model : store.getAllContent(StoredDocument.TYPE)) {
                stored.put(model.getSourceuri(), StoredDocument.fromModel(model));
            }
            stored.entrySet().stream().sorted(Map.Entry.comparingByValue(Site.NEWEST_FIRST))
                    .forEach(entry -> documents.put(entry.getKey(), entry.getValue()));
            for (DocumentModel model : store.getAllContent(StoredCase.TYPE)) {
                cases.put(model.getSourceuri(), StoredCase.fromModel(model));
                remember(model);
            }
            for (Problem problem : context.problems().sorted()) {
                fileProblems.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
            }
            newWriter();
            stages.end("read and store");
            Update first = redraw(stages);
            if (first.ok()) {
                AdminSite.publish(input.site(), root, output, context.messages());
                stages.end("admin");
            }
            return first;
        }
    }

    /**
     * Applies saved, added and deleted files (paths under the project): content files one by one,
     * templates and assets by drawing every page again.
     */
    public Update apply(Collection<Path> paths) {
        synchronized (SiteBake.class) {
            Stages stages = new Stages();
            boolean looks = false;
            reshaped = false;
            Map<Document, Document> edited = new LinkedHashMap<>();
            for (Path path : new TreeSet<>(paths)) {
                Path file = root.resolve(path).toAbsolutePath().normalize();
                if (file.startsWith(root.resolve("templates")) || file.startsWith(root.resolve("assets"))) {
                    looks = true;
                } else if (file.startsWith(config.getDataFolder().toPath())) {
                    reshaped = true;
                    reread(file);
                } else if (file.startsWith(root.resolve("content"))) {
                    String uri = crawler.uri(file.toFile());
                    Document before = documents.get(uri);
                    reread(file);
                    Document after = documents.get(uri);
                    if (before == null && after != null) {
                        reshaped = true;
                    } else if (before != null && after != null && before != after) {
                        edited.put(before, after);
                    }
                }
            }
            if (looks) {
                // The inventory the context carries served the first crawl; edits are classified one by one.
                context = BakeContext.create(root, context.now(), null, context.inventory());
                config.setProperty(BakeContext.KEY, context);
                newWriter();
            } else if (mediaChanged) {
                writer.publishMedia(List.copyOf(media.values()));
            }
            mediaChanged = false;
            stages.end("read and store");
            if (!looks && !reshaped && !siteProblems && fileProblems.isEmpty() && assetProblems.isEmpty() && input != null) {
                Optional<SiteWriter.Input> inPlace = SiteRenderingTool.editInPlace(input, edited, context);
                if (inPlace.isPresent()) {
                    return redrawEdited(inPlace.get(), edited, stages);
                }
            }
            return redraw(stages);
        }
    }

    /** Every problem that keeps the site from being updated, by file then line. */
    public List<Problem> problems() {
        return Stream.concat(fileProblems.values().stream().flatMap(List::stream), assetProblems.stream()).sorted().toList();
    }

    /** A writer for the templates and assets as saved; if the assets cannot be published, the last writer stays. */
    private void newWriter() {
        SiteWriter next = new SiteWriter(new SiteTemplateEngine(config, store), output, context);
        try {
            next.publishAssets();
        } catch (ContentException e) {
            assetProblems = e.problems();
            return;
        }
        assetProblems = List.of();
        writer = next;
        writer.publishMedia(List.copyOf(media.values()));
    }

    /**
     * Parses one file again into the store, or takes it out of the store if it was deleted. What
     * the file is, or why it is refused, is the content inventory's to say, as in a full build.
     */
    private void reread(Path file) {
        String shown = context.displayPath(file.toFile());
        fileProblems.remove(shown);
        boolean dataFile = file.startsWith(config.getDataFolder().toPath());
        String uri = dataFile ? config.getDataFolder().toPath().relativize(file).toString().replace('\\', '/')
                : crawler.uri(file.toFile());
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Only what this file put in the store: a deleted leftover ("x.yaml~", "x.en.md.orig") has the
            // same URI as the file it copies, which must stay.
            Document document = documents.get(uri);
            Case stored = cases.get(uri);
            if (dataFile || document != null && document.sourcePath().equals(shown)
                    || stored != null && stored.sourcePath().equals(shown)) {
                forget(uri);
            } else {
                reshaped = true;
            }
            // A deleted folder is one event: whatever was stored from inside it goes too.
            String inside = shown + "/";
            fileProblems.keySet().removeIf(problemFile -> problemFile.startsWith(inside));
            documents.entrySet().stream().filter(e -> e.getValue().sourcePath().startsWith(inside)).map(Map.Entry::getKey)
                    .toList().forEach(this::forget);
            cases.entrySet().stream().filter(e -> e.getValue().sourcePath().startsWith(inside)).map(Map.Entry::getKey)
                    .toList().forEach(this::forget);
            mediaChanged |= media.keySet().removeIf(name -> name.equals(shown) || name.startsWith(inside));
            return;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<ContentInventory.Entry> entry;
        try {
            entry = ContentInventory.classify(root, file);
        } catch (ContentException refused) {
            fileProblems.put(shown, refused.problems());
            return;
        }
        if (entry.isEmpty()) {
            return;
        }
        if (entry.get().kind() == ContentInventory.Kind.MEDIA) {
            media.put(shown, entry.get());
            mediaChanged = true;
            reshaped = true;
            return;
        }
        BakeContext checking = context.withFreshProblems();
        config.setProperty(BakeContext.KEY, checking);
        DocumentModel model;
        try {
            model = dataFile ? dataFileModel(file, uri) : crawler.parse(file.toFile());
        } finally {
            config.setProperty(BakeContext.KEY, context);
        }
        if (!checking.problems().isEmpty() || model == null) {
            fileProblems.put(shown, checking.problems().sorted());
            return;
        }
        store.deleteContent(uri);
        store.addDocument(model);
        // What the templates get is what the store gives back, as in a full build.
        for (DocumentModel stored : store.getDocumentByUri(uri)) {
            if (StoredDocument.TYPE.equals(stored.getType())) {
                documents.put(uri, StoredDocument.fromModel(stored));
            } else if (StoredCase.TYPE.equals(stored.getType())) {
                reshaped = true;
                cases.put(uri, StoredCase.fromModel(stored));
                remember(stored);
            }
        }
    }

    private void forget(String uri) {
        reshaped = true;
        store.deleteContent(uri);
        documents.remove(uri);
        cases.remove(uri);
        hiddenNames.remove(uri);
    }

    private void remember(DocumentModel caseModel) {
        HiddenName hidden = StoredCase.hiddenName(caseModel);
        if (hidden == null) {
            hiddenNames.remove(caseModel.getSourceuri());
        } else {
            hiddenNames.put(caseModel.getSourceuri(), hidden);
        }
    }

    /** What the editor should look at in the site as it now is; shown in the terminal, never stopping it. */
    public List<Problem> warnings() {
        Map<String, HiddenName> byId = new HashMap<>();
        hiddenNames.forEach((uri, name) -> {
            Case c = cases.get(uri);
            if (c != null) {
                byId.put(c.id(), name);
            }
        });
        return HiddenNameWarnings.of(new ArrayList<>(documents.values()), byId, SiteRenderingTool.sourceText(context))
                .stream().sorted().toList();
    }

    private DocumentModel dataFileModel(Path file, String uri) {
        DocumentModel model = new DataFileEngine().parse(config, file.toFile());
        if (model != null) {
            model.setSourceUri(uri);
            model.setFile(file.toString());
            model.setSha1("");
            model.setRendered(true);
            model.setType(config.getDataFileDocType());
        }
        return model;
    }

    /**
     * Redraws after documents were edited in place (see {@link SiteRenderingTool#editInPlace}):
     * the site was patched rather than assembled, and the plan gathers again only the groups of
     * pages that show the edited documents.
     */
    private Update redrawEdited(SiteWriter.Input next, Map<Document, Document> edited, Stages stages) {
        stages.end("model");
        try {
            List<Page> planned = writer.planEdited(next, edited.keySet(), edited.values());
            stages.end("plan and check links");
            Set<String> changed = writer.write(next, planned, search);
            stages.end("write");
            input = next;
            pages = planned;
            liveSearch.update(edited.values().stream().map(SearchDocuments::of).toList(), Set.of());
            stages.end("search index");
            return new Update(changed, List.of(), stages.millis);
        } catch (ContentException e) {
            siteProblems = true;
            return new Update(Set.of(), e.problems().stream().sorted().toList(), stages.millis);
        }
    }

    /** Plans the whole site from the records in memory and writes what differs. */
    private Update redraw(Stages stages) {
        if (!fileProblems.isEmpty() || !assetProblems.isEmpty()) {
            return new Update(Set.of(), problems(), stages.millis);
        }
        try {
            SiteWriter.Input next = SiteRenderingTool.input(new ArrayList<>(documents.values()),
                    new ArrayList<>(cases.values()), SiteRenderingTool.dataFiles(store, config), context);
            stages.end("model");
            List<Page> planned = writer.plan(next);
            stages.end("plan and check links");
            Set<String> changed = writer.write(next, planned, search);
            stages.end("write");
            SiteWriter.Input before = input;
            input = next;
            pages = planned;
            if (liveSearch == null) {
                liveSearch = LiveSearch.open(SearchDocuments.of(next.site()), output);
                search = liveSearch.published();
                changed.addAll(writer.write(next, planned, search));
            } else {
                updateSearch(before.site(), next.site());
            }
            stages.end("search index");
            siteProblems = false;
            return new Update(changed, List.of(), stages.millis);
        } catch (ContentException e) {
            siteProblems = true;
            return new Update(Set.of(), e.problems().stream().sorted().toList(), stages.millis);
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
                for (Language language : Language.values()) {
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
                for (Language language : Language.values()) {
                    changed.add(SearchDocuments.of(c, language));
                }
            }
        }
        changed.forEach(document -> gone.remove(document.id()));
        if (!changed.isEmpty() || !gone.isEmpty()) {
            liveSearch.update(changed, gone);
        }
    }

    /** Wall time of each stage of an update, for the server's log and the benchmark. */
    private static final class Stages {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void end(String stage) {
            long now = System.nanoTime();
            millis.merge(stage, (now - last) / 1_000_000, Long::sum);
            last = now;
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (SiteBake.class) {
            if (liveSearch != null) {
                liveSearch.close();
            }
            store.close();
        }
    }

    /** Where the site is written. */
    public Path output() {
        return output;
    }
}
