package org.labourrights.site.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.content.TagVocabulary;
import org.labourrights.site.model.Tag;

/**
 * JBake's YAML engine, replaced: case files ({@code content/cases/}) and the files of
 * {@code content/data/}, read with Jackson and checked against what each must say, with problems
 * reported by line instead of logged and dropped.
 */
public final class DataFileEngine extends MarkupEngine {

    static final String TAGS = "tags.yaml";
    static final String SETTINGS = "site.yaml";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeContext context = BakeContext.of(config);
        String shown = context.displayPath(file);
        Path path = file.toPath().toAbsolutePath().normalize();
        if (path.getParent().equals(context.contentFolder().resolve(StoredCase.FOLDER))) {
            return StoredCase.read(context, shown, path);
        }
        if (!path.getParent().equals(config.getDataFolder().toPath().toAbsolutePath().normalize())) {
            context.problems().add(new Problem(shown, 1, "YAML files belong in content/cases/ (one file per case)"
                    + " or content/data/ (" + TAGS + ", " + SETTINGS + "); documents are Markdown files named"
                    + " <name>.ru.md or <name>.en.md"));
            return null;
        }
        DocumentModel model = new DocumentModel();
        model.setStatus("published");
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            switch (file.getName()) {
                case TAGS -> {
                    Map<String, Map<String, String>> tags = new HashMap<>();
                    for (Tag tag : TagVocabulary.read(shown, text).values()) {
                        Map<String, String> names = new HashMap<>();
                        tag.names().forEach((language, name) -> names.put(language.code(), name));
                        tags.put(tag.key(), names);
                    }
                    model.put("vocabulary", tags);
                }
                case SETTINGS -> model.put("base_url", SiteSettings.read(shown, text).baseUrl());
                default -> {
                    context.problems().add(new Problem(shown, 1, "content/data/ holds only " + TAGS + " and " + SETTINGS
                            + "; move this file elsewhere"));
                    return null;
                }
            }
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
            return null;
        } catch (IOException e) {
            context.problems().add(Problem.unreadable(shown, e));
            return null;
        }
        return model;
    }
}
