package org.labourrights.site.jbake;

import java.io.File;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentText;
import org.labourrights.site.model.Document;

/**
 * JBake's Markdown engine, replaced: JBake 2.7 reads only its own {@code key=value} headers and
 * builds a new flexmark parser for every file. This one reads YAML front matter and shares one
 * parser per language; a file with a problem is recorded and left out of the store.
 */
public final class FrontMatterMarkdownEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeContext context = BakeContext.of(config);
        String shown = context.displayPath(file);
        String relative = context.contentFolder().relativize(file.toPath().toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        try {
            Document document = context.reader().read(shown, relative, ContentText.read(file.toPath(), shown));
            return StoredDocument.toModel(document, context.now());
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
        }
        return null;
    }
}
