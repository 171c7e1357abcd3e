package org.labourrights.site.jbake;

import java.nio.file.Path;
import java.time.Instant;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.DocumentReader;
import org.labourrights.site.content.Problems;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.render.Messages;

/**
 * What our engines and rendering tool share during one bake. JBake creates them by reflection,
 * so it travels in JBake's configuration under {@link #KEY} rather than through constructors.
 *
 * @param inventory what content/ holds, already checked: the only files the bake reads
 * @param warnings  what the editor should look at although the site is published
 */
record BakeContext(Path projectRoot, Path contentFolder, Instant now, String baseUrlOverride, Problems problems,
                   Problems warnings, ContentInventory inventory, DocumentReader reader, Messages messages,
                   RenderStats stats) {

    static final String KEY = "labourrights.bake.context";

    static BakeContext of(org.jbake.app.configuration.JBakeConfiguration config) {
        Object context = config.get(KEY);
        if (!(context instanceof BakeContext bakeContext)) {
            throw new IllegalStateException("this JBake configuration was not made by SiteBake");
        }
        return bakeContext;
    }

    static BakeContext create(Path projectRoot, Instant now, String baseUrlOverride, ContentInventory inventory) {
        return new BakeContext(projectRoot, projectRoot.resolve("content"), now, baseUrlOverride, new Problems(),
                new Problems(), inventory, new DocumentReader(new MarkdownRenderer()),
                Messages.load(projectRoot.resolve("templates").resolve("i18n")), new RenderStats());
    }

    /** The same bake, with no problems recorded yet: the preview checks each edit on its own. */
    BakeContext withFreshProblems() {
        return new BakeContext(projectRoot, contentFolder, now, baseUrlOverride, new Problems(), new Problems(),
                inventory, reader, messages, stats);
    }

    /** The path an editor knows a file by: content/statements/x.en.md. */
    String displayPath(java.io.File file) {
        return projectRoot.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
