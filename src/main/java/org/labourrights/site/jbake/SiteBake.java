package org.labourrights.site.jbake;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.Problem;

/**
 * The one door to JBake. Everything JBake lacks (YAML front matter, two languages, escaping
 * templates, a linear renderer) is plugged in here through its own extension points, so that the
 * rest of the code speaks of documents and pages, never of JBake.
 *
 * <p>JBake keeps its engines, document types and content store in static state: one bake at a
 * time per JVM, hence {@code synchronized}.
 */
public final class SiteBake {

    /**
     * What a successful bake produced.
     *
     * @param phases   wall time of each stage in milliseconds, in the order they ran
     * @param warnings what an editor should look at, although nothing stopped the site
     */
    public record Result(int documents, int pages, long bytes, Map<String, Long> phases, List<Problem> warnings) { }

    static {
        // OrientDB, JBake's embedded store, reports its memory tuning to the console at INFO.
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        // The store lives in memory for one bake, with OrientDB's default users: hashing their
        // passwords 65,536 times (PBKDF2) protects nothing and cost a second of every build.
        System.setProperty("security.userPasswordSaltIterations", "1");
        // Without a size OrientDB starts Java's management beans just to read the machine's memory.
        System.setProperty("storage.diskCache.bufferSize", "256");
    }

    private SiteBake() {
    }

    /**
     * Bakes {@code projectRoot}'s content, templates and assets into {@code output}, which should
     * be empty. Throws {@link ContentException} with every problem found if the content is wrong;
     * the output is then incomplete and must not be published.
     *
     * @param baseUrlOverride the site's address when the host tells it (Netlify's URL), or null
     */
    public static synchronized Result bake(Path projectRoot, Path output, Instant now, String baseUrlOverride) {
        Path root = projectRoot.toAbsolutePath().normalize();
        // What content/ holds is settled before JBake starts: a refused file stops the build here.
        ContentInventory inventory = ContentInventory.of(root);
        if (!inventory.problems().isEmpty()) {
            throw new ContentException(inventory.problems());
        }
        BakeContext context = BakeContext.create(root, now, baseUrlOverride, inventory);
        DefaultJBakeConfiguration config = configure(root, output, context);
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        ParallelCrawler crawler = new ParallelCrawler(utensils.getContentStore(), config);
        utensils.setCrawler(crawler);
        utensils.setAsset(new NothingCopied(config));
        Oven oven = new Oven(utensils);
        context.stats().bakeStart = System.nanoTime();
        crawler.startParsing();
        oven.bake();

        context.problems().throwIfAny();
        if (!oven.getErrors().isEmpty()) {
            throw new IllegalStateException("JBake failed: " + oven.getErrors());
        }
        if (!context.stats().ran) {
            throw new IllegalStateException("JBake did not run our renderer; check that"
                    + " META-INF/services/org.jbake.render.RenderingTool of this project is on the classpath");
        }
        RenderStats stats = context.stats();
        return new Result(stats.documents.get(), stats.pages.get(), stats.bytes.get(), stats.phaseMillis(),
                context.warnings().sorted());
    }

    /**
     * JBake's asset step, switched off: it copies assets/ as they are (ours are published with
     * fingerprints) and every file under content/ that is not a document, which would publish
     * an editor's backup or a merge leftover verbatim. What content/ may publish is published by
     * our writer from the checked inventory.
     */
    static final class NothingCopied extends Asset {
        NothingCopied(JBakeConfiguration config) {
            super(config);
        }

        @Override
        public void copy() {
        }

        @Override
        public void copy(File path) {
        }

        @Override
        public void copySingleFile(File asset) {
        }

        @Override
        public void copyAssetsFromContent(File path) {
        }
    }


    /**
     * JBake's configuration for our project layout and extensions, carrying {@code context} to
     * them; also registers our engines, which JBake keeps in static state.
     */
    static DefaultJBakeConfiguration configure(Path root, Path output, BakeContext context) {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), output.toFile(), true);
        config.setProperty(BakeContext.KEY, context);
        // JBake resolves its folders when it loads its configuration, so they are set as files.
        config.setContentFolder(root.resolve("content").toFile());
        config.setDataFolder(root.resolve("content/data").toFile());
        config.setTemplateFolder(root.resolve("templates").toFile());
        // Read by JBake's checks only: its copying is switched off (NothingCopied), ours fingerprints assets.
        config.setAssetFolder(root.resolve("assets").toFile());
        config.setProperty("db.store", "memory");
        config.setProperty("db.path", "site-" + System.nanoTime());
        config.setProperty("render.encoding", "UTF-8");
        config.setProperty("template.encoding", "UTF-8");
        // Each template.<type>.file makes <type> a document type that JBake's crawler accepts.
        config.setProperty("template." + StoredDocument.TYPE + ".file", "document.ftlh");
        config.setProperty("template." + StoredCase.TYPE + ".file", "case.ftlh");
        for (String builtIn : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + builtIn, false);
        }
        config.setDestinationFolder(output.toFile());

        Engines.register("md", new FrontMatterMarkdownEngine());
        for (String yaml : List.of("yaml", "yml")) {
            Engines.register(yaml, new DataFileEngine());
        }
        return config;
    }

}
