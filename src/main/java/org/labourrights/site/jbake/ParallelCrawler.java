package org.labourrights.site.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.labourrights.site.content.ContentInventory;

/**
 * JBake's crawler, parallel: JBake reads one file after the other on one core, asking the store
 * before each file whether it has changed. Our store is new on every bake, so that question has
 * no use; the files are parsed on every core while this thread fills the store in file order,
 * which keeps the store (what templates read) exactly what JBake's own crawler would make. The
 * files are those of the checked {@link ContentInventory}, never a walk of its own: JBake's walk
 * follows links and reads any file whose extension an engine claims ({@code .html} among them).
 *
 * <p>Documents go in already marked rendered: the pipeline renders every page itself, and no
 * JBake renderer (quadratic, one SQL update per document to mark it) may find anything to do.
 */
final class ParallelCrawler extends Crawler {

    private final ContentStore store;
    private final JBakeConfiguration config;
    private ExecutorService parsers;
    private List<CompletableFuture<DocumentModel>> parsed;

    ParallelCrawler(ContentStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
        this.config = config;
    }

    /**
     * Starts parsing every content file on all cores; called before the store is opened, so that
     * parsing overlaps the start of JBake's embedded database.
     */
    void startParsing() {
        if (parsed != null) {
            return;
        }
        // Only what the inventory accepted: content/ was walked and checked before JBake started.
        List<File> files = new ArrayList<>();
        for (ContentInventory.Entry entry : BakeContext.of(config).inventory().entries()) {
            if (entry.kind() == ContentInventory.Kind.DOCUMENT || entry.kind() == ContentInventory.Kind.CASE) {
                files.add(entry.file().toFile());
            }
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        parsers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "content-parser");
            thread.setDaemon(true);
            return thread;
        });
        parsed = new ArrayList<>(files.size());
        for (File file : files) {
            parsed.add(CompletableFuture.supplyAsync(() -> parse(file), parsers));
        }
    }

    @Override
    public void crawl() {
        startParsing();
        try {
            // In file order, while the parsers run ahead: the store is filled as JBake would fill it.
            for (int i = 0; i < parsed.size(); i++) {
                DocumentModel document = parsed.get(i).join();
                // Once stored, a parsed file is the store's: holding it too would keep every body twice.
                parsed.set(i, null);
                if (document != null && DocumentTypes.contains(document.getType())) {
                    store.addDocument(document);
                }
            }
        } finally {
            parsers.shutdown();
        }
    }

    /** One file as the store will hold it, or null if it has problems (they go to the bake's context). */
    DocumentModel parse(File file) {
        ParserEngine engine = Engines.get(FileUtil.fileExt(file));
        DocumentModel document = engine == null ? null : engine.parse(config, file);
        if (document != null) {
            String uri = uri(file);
            document.setSourceUri(uri);
            document.setUri(uri);
            document.setFile(file.getPath());
            document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
            // The store's index on sha1 expects one; a new store per bake never compares it.
            document.setSha1("");
            document.setCached(true);
            document.setRendered(true);
        }
        return document;
    }

    /** JBake's source URI: the path under content/ with the output extension, e.g. statements/x.ru.html. */
    String uri(File file) {
        String path = FileUtil.asPath(file).replace(FileUtil.asPath(config.getContentFolder()), "");
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        String name = new File(path).getName();
        int dot = name.lastIndexOf('.');
        String parent = path.substring(0, path.length() - name.length());
        return parent + (dot < 0 ? name : name.substring(0, dot)) + config.getOutputExtension();
    }
}
