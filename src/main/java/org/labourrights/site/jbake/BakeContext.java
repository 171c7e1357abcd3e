package org.labourrights.site.jbake;

import java.nio.file.Path;
import java.time.Instant;
import org.labourrights.site.content.DocumentReader;
import org.labourrights.site.content.Problems;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.render.Messages;

/**
 * What our engines and rendering tool share during one bake. JBake creates them by reflection,
 * so it travels in JBake's configuration under {@link #KEY} rather than through constructors.
 */
record BakeContext(Path projectRoot, Path contentFolder, Instant now, String baseUrlOverride, Problems problems,
                   DocumentReader reader, Messages messages, RenderStats stats) {

    static final String KEY = "labourrights.bake.context";

    static BakeContext of(org.jbake.app.configuration.JBakeConfiguration config) {
        Object context = config.get(KEY);
        if (!(context instanceof BakeContext bakeContext)) {
            throw new IllegalStateException("this JBake configuration was not made by SiteBake");
        }
        return bakeContext;
    }

    static BakeContext create(Path projectRoot, Instant now, String baseUrlOverride) {
        return new BakeContext(projectRoot, projectRoot.resolve("content"), now, baseUrlOverride, new Problems(),
                new DocumentReader(new MarkdownRenderer()),
                Messages.load(projectRoot.resolve("templates").resolve("i18n")), new RenderStats());
    }

    /** The same bake, with no problems recorded yet: the preview checks each edit on its own. */
    BakeContext withFreshProblems() {
        return new BakeContext(projectRoot, contentFolder, now, baseUrlOverride, new Problems(), reader, messages, stats);
    }

    /** The path an editor knows a file by: content/statements/x.en.md. */
    String displayPath(java.io.File file) {
        return projectRoot.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
