package org.labourrights.site.jbake;

import java.nio.file.Path;
import java.time.Instant;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.DocumentReader;
import org.labourrights.site.content.Problems;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Languages;

/**
 * What our engines share while JBake reads the project. JBake creates its engines by reflection
 * and calls them with its configuration only, so this travels in the configuration under
 * {@link #KEY} rather than through constructors.
 *
 * @param inventory what content/ holds, already checked: the only files the engines read
 * @param problems  the problems of the files read since this context was made
 */
record BakeContext(Path projectRoot, Path contentFolder, Instant now, Problems problems, ContentInventory inventory,
                   Languages languages, DocumentReader reader) {

    static final String KEY = "labourrights.bake.context";

    static BakeContext of(org.jbake.app.configuration.JBakeConfiguration config) {
        Object context = config.get(KEY);
        if (!(context instanceof BakeContext bakeContext)) {
            throw new IllegalStateException("this JBake configuration was not made by JBakeContentSource");
        }
        return bakeContext;
    }

    static BakeContext create(Path projectRoot, Instant now, ContentInventory inventory) {
        Languages languages = SiteSettings.languagesOf(projectRoot);
        return new BakeContext(projectRoot, projectRoot.resolve("content"), now, new Problems(), inventory, languages,
                new DocumentReader(languages, new MarkdownRenderer()));
    }

    /** The same reading, with no problems recorded yet: the preview checks each edit on its own. */
    BakeContext withFreshProblems() {
        return new BakeContext(projectRoot, contentFolder, now, new Problems(), inventory, languages, reader);
    }

    /** The path an editor knows a file by: content/statements/x.en.md. */
    String displayPath(java.io.File file) {
        return projectRoot.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
