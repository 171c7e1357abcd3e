package org.labourrights.site.jbake;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.pipeline.ContentSource;

/**
 * The one door to JBake: its parser engines (ours, plugged in through its extension points: YAML
 * front matter, two languages, case files) read the project into its embedded content store, and
 * every record the pipeline gets is read back from that store. JBake renders nothing: the pipeline
 * draws every page itself (JBake's renderers query the store per document, quadratic, and speak
 * one language).
 *
 * <p>The store stays open for the preview, which rereads only the files an edit touched. JBake
 * keeps its engines and document types in static state, so one source reads at a time per JVM.
 */
public final class JBakeContentSource implements ContentSource {

    /** JBake's engines and document types are global: one source reads or rereads at a time. */
    private static final Object ENGINES = new Object();

    static {
        // OrientDB, JBake's embedded store, reports its memory tuning to the console at INFO.
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        // The store lives in memory, with OrientDB's default users: hashing their passwords
        // 65,536 times (PBKDF2) protects nothing and cost a second of every build.
        System.setProperty("security.userPasswordSaltIterations", "1");
        // Without a size OrientDB starts Java's management beans just to read the machine's memory.
        System.setProperty("storage.diskCache.bufferSize", "256");
        // The memory store's pages live outside the heap, and a closed store's pages stayed in
        // OrientDB's pool for reuse that never comes: 234 MB at 10,000 documents per language,
        // held through the pages and the search index. With no pool they go back when it closes.
        System.setProperty("memory.pool.limit", "0");
    }

    static final String TAGS = DataFileEngine.TAGS;
    static final String SETTINGS = DataFileEngine.SETTINGS;

    private final Path root;
    private final DefaultJBakeConfiguration config;
    private final ContentStore store;
    private final ParallelCrawler crawler;
    private final BakeContext context;
    /**
     * The store's records as read back from it, by source URI, newest first as the site lists
     * them: an edited record keeps its place, so sorting the site again costs one pass.
     */
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Case> cases = new HashMap<>();
    /** The real names of the cases shown by initials or pseudonym, by the case's source URI. */
    private final Map<String, HiddenName> hiddenNames = new HashMap<>();
    /** Problems of files as last read, by file. */
    private final Map<String, List<Problem>> fileProblems = new TreeMap<>();
    /** The files of content/files/, by the path an editor knows them by. */
    private final Map<String, ContentInventory.Entry> media = new TreeMap<>();
    private boolean recordsRead;

    private JBakeContentSource(Path root, Instant now, ContentInventory inventory) {
        this.root = root;
        this.context = BakeContext.create(root, now, inventory);
        this.config = configure(root, context);
        DocumentTypes.addDocumentType(StoredDocument.TYPE);
        DocumentTypes.addDocumentType(StoredCase.TYPE);
        this.store = new ContentStore("memory", "site-" + System.nanoTime());
        this.crawler = new ParallelCrawler(store, config);
        // The files are parsed on every core while OrientDB opens its store.
        crawler.startParsing();
        store.startup();
        for (Problem problem : inventory.problems()) {
            fileProblems.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
        }
        inventory.entries(ContentInventory.Kind.MEDIA).forEach(entry -> media.put(entry.shown(), entry));
    }

    /** {@link #open}, with OrientDB started ahead of it when a build asks ({@link ContentSource.Opener#prepare}). */
    public static final ContentSource.Opener OPENER = new ContentSource.Opener() {
        @Override
        public ContentSource open(Path projectRoot, Instant now, ContentInventory inventory) {
            return JBakeContentSource.open(projectRoot, now, inventory);
        }

        @Override
        public void prepare() {
            JBakeContentSource.prepare();
        }
    };

    /** The start of OrientDB's engine on a thread of its own, if one was asked for; done when there is none. */
    private static CompletableFuture<Void> warming = CompletableFuture.completedFuture(null);
    private static boolean warmed;

    /**
     * Starts OrientDB's engine (its first store's start-up: 2.4 s of a build's 3.5 s "open store"
     * at 5,000 docs/lang, against 0.8 s for a store after it) with a store that is closed at once,
     * while the build takes its fingerprint. Once a JVM.
     */
    static void prepare() {
        synchronized (ENGINES) {
            if (warmed || !warming.isDone()) {
                return;
            }
            warmed = true;
            CompletableFuture<Void> started = new CompletableFuture<>();
            warming = started;
            // Not the common pool: its one worker on two cores digests the fingerprint's files meanwhile.
            Thread thread = new Thread(() -> {
                try {
                    synchronized (ENGINES) {
                        ContentStore store = new ContentStore("memory", "warm-up-" + System.nanoTime());
                        store.startup();
                        store.close();
                    }
                } catch (RuntimeException failed) {
                    // The store the build opens then starts the engine itself, and reports what fails.
                } finally {
                    started.complete(null);
                }
            }, "store-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Opens JBake's store for a project and starts parsing the inventory's files. */
    public static JBakeContentSource open(Path projectRoot, Instant now, ContentInventory inventory) {
        CompletableFuture<Void> started;
        synchronized (ENGINES) {
            started = warming;
        }
        // The warm-up takes the lock only once its thread runs: waited for, it never runs beside the build's store.
        started.join();
        synchronized (ENGINES) {
            return new JBakeContentSource(projectRoot.toAbsolutePath().normalize(), now, inventory);
        }
    }

    @Override
    public void load() {
        synchronized (ENGINES) {
            crawler.crawl();
            crawler.crawlDataFiles();
            for (Problem problem : context.problems().sorted()) {
                fileProblems.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
            }
        }
    }

    /** The records, read back from the store once after loading; rereads then keep them current. */
    private void readRecords() {
        if (recordsRead) {
            return;
        }
        recordsRead = true;
        Map<String, Document> stored = new HashMap<>();
        for (DocumentModel model : store.getAllContent(StoredDocument.TYPE)) {
            stored.put(model.getSourceuri(), StoredDocument.fromModel(model, context.languages()));
        }
        stored.entrySet().stream().sorted(Map.Entry.comparingByValue(Site.NEWEST_FIRST))
                .forEach(entry -> documents.put(entry.getKey(), entry.getValue()));
        for (DocumentModel model : store.getAllContent(StoredCase.TYPE)) {
            cases.put(model.getSourceuri(), StoredCase.fromModel(model));
            remember(model);
        }
    }

    @Override
    public Reread reread(Collection<Path> files) {
        synchronized (ENGINES) {
            readRecords();
            Change change = new Change();
            for (Path file : new TreeSet<>(files)) {
                String uri = uri(file);
                Document before = documents.get(uri);
                reread(file, uri, change);
                Document after = documents.get(uri);
                if (before == null && after != null || isData(file)) {
                    change.reshaped = true;
                } else if (before != null && after != null && before != after) {
                    change.edited.put(before, after);
                }
            }
            return new Reread(change.edited, change.reshaped, change.mediaChanged);
        }
    }

    /** What the files reread so far changed. */
    private static final class Change {
        final Map<Document, Document> edited = new LinkedHashMap<>();
        boolean reshaped;
        boolean mediaChanged;
    }

    /**
     * Parses one file again into the store, or takes it out of the store if it was deleted. What
     * the file is, or why it is refused, is the content inventory's to say, as in a full build.
     */
    private void reread(Path file, String uri, Change change) {
        String shown = context.displayPath(file.toFile());
        fileProblems.remove(shown);
        boolean dataFile = isData(file);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Only what this file put in the store: a deleted leftover ("x.yaml~", "x.en.md.orig") has the
            // same URI as the file it copies, which must stay.
            Document document = documents.get(uri);
            Case stored = cases.get(uri);
            if (dataFile || document != null && document.sourcePath().equals(shown)
                    || stored != null && stored.sourcePath().equals(shown)) {
                forget(uri, change);
            } else {
                change.reshaped = true;
            }
            // A deleted folder is one event: whatever was stored from inside it goes too.
            String inside = shown + "/";
            fileProblems.keySet().removeIf(problemFile -> problemFile.startsWith(inside));
            documents.entrySet().stream().filter(e -> e.getValue().sourcePath().startsWith(inside)).map(Map.Entry::getKey)
                    .toList().forEach(gone -> forget(gone, change));
            cases.entrySet().stream().filter(e -> e.getValue().sourcePath().startsWith(inside)).map(Map.Entry::getKey)
                    .toList().forEach(gone -> forget(gone, change));
            change.mediaChanged |= media.keySet().removeIf(name -> name.equals(shown) || name.startsWith(inside));
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
            change.mediaChanged = true;
            change.reshaped = true;
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
                documents.put(uri, StoredDocument.fromModel(stored, context.languages()));
            } else if (StoredCase.TYPE.equals(stored.getType())) {
                change.reshaped = true;
                cases.put(uri, StoredCase.fromModel(stored));
                remember(stored);
            }
        }
    }

    private boolean isData(Path file) {
        return file.startsWith(config.getDataFolder().toPath());
    }

    /** The store's URI of a file: the path under content/data/ for data files, JBake's for the rest. */
    private String uri(Path file) {
        return isData(file) ? config.getDataFolder().toPath().relativize(file).toString().replace('\\', '/')
                : crawler.uri(file.toFile());
    }

    private void forget(String uri, Change change) {
        change.reshaped = true;
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

    @Override
    public List<Document> documents() {
        readRecords();
        return new ArrayList<>(documents.values());
    }

    @Override
    public List<Case> cases() {
        readRecords();
        return new ArrayList<>(cases.values());
    }

    @Override
    public Map<String, HiddenName> hiddenNames() {
        readRecords();
        Map<String, HiddenName> byId = new HashMap<>();
        hiddenNames.forEach((uri, name) -> {
            Case c = cases.get(uri);
            if (c != null) {
                byId.put(c.id(), name);
            }
        });
        return byId;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Tag> vocabulary() {
        DocumentModel model = dataFile(TAGS);
        if (model == null) {
            throw new ContentException(new Problem("content/data/" + TAGS, 1,
                    "the tag vocabulary is missing: create this file with lines like strikes: {ru: забастовки, en: strikes}"));
        }
        Map<String, Tag> tags = new HashMap<>();
        ((Map<String, Map<String, String>>) model.get("vocabulary")).forEach((key, names) -> {
            Map<Language, String> byLanguage = new HashMap<>();
            names.forEach((code, name) -> context.languages().byCode(code).ifPresent(l -> byLanguage.put(l, name)));
            tags.put(key, new Tag(key, byLanguage));
        });
        return tags;
    }

    @Override
    public SiteSettings settings() {
        DocumentModel model = dataFile(SETTINGS);
        if (model == null) {
            throw new ContentException(new Problem("content/data/" + SETTINGS, 1,
                    "the site settings are missing: create this file with the line base_url: https://example.org"));
        }
        Object onion = model.get("onion");
        return new SiteSettings(model.get("base_url").toString(),
                ((Number) model.get("status_check_months")).intValue(),
                ((List<?>) model.get("mirrors")).stream().map(Object::toString).toList(),
                onion == null ? null : onion.toString(), context.languages());
    }

    /** A data file of content/data/ as the store holds it, or null. */
    private DocumentModel dataFile(String name) {
        for (DocumentModel model : store.getAllContent(config.getDataFileDocType())) {
            if (new File(model.getSourceuri()).getName().equals(name)) {
                return model;
            }
        }
        return null;
    }

    @Override
    public List<ContentInventory.Entry> media() {
        return List.copyOf(media.values());
    }

    @Override
    public List<Problem> problems() {
        return fileProblems.values().stream().flatMap(List::stream).sorted().toList();
    }

    @Override
    public void close() {
        synchronized (ENGINES) {
            store.close();
        }
    }

    /**
     * JBake's configuration for our project layout and extensions, carrying {@code context} to
     * them; also registers our engines, which JBake keeps in static state.
     */
    private static DefaultJBakeConfiguration configure(Path root, BakeContext context) {
        // JBake wants a destination; it writes nothing there, since it renders nothing.
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), root.toFile(), true);
        config.setProperty(BakeContext.KEY, context);
        // JBake resolves its folders when it loads its configuration, so they are set as files.
        config.setContentFolder(root.resolve("content").toFile());
        config.setDataFolder(root.resolve("content/data").toFile());
        config.setTemplateFolder(root.resolve("templates").toFile());
        config.setAssetFolder(root.resolve("assets").toFile());
        config.setProperty("render.encoding", "UTF-8");
        Engines.register("md", new FrontMatterMarkdownEngine());
        for (String yaml : List.of("yaml", "yml")) {
            Engines.register(yaml, new DataFileEngine());
        }
        return config;
    }
}
