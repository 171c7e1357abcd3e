package org.labourrights.site.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
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
            String text = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(text) || text.indexOf('\uFFFD') >= 0) {
                throw new CharacterCodingException();
            }
            Document document = context.reader().read(shown, relative, text);
            context.stats().documents.incrementAndGet();
            return StoredDocument.toModel(document, context.now());
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
        } catch (CharacterCodingException e) {
            context.problems().add(new Problem(shown, 1, "the file is not saved as UTF-8 text; save it again choosing"
                    + " the UTF-8 encoding"));
        } catch (IOException e) {
            context.problems().add(Problem.unreadable(shown, e));
        }
        return null;
    }
}
