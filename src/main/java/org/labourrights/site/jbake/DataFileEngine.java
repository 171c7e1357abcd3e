package org.labourrights.site.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentText;
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
        // Where a YAML file may be was settled by the content inventory before the bake began.
        if (path.getParent().equals(context.contentFolder().resolve(StoredCase.FOLDER))) {
            return StoredCase.read(context, shown, path);
        }
        DocumentModel model = new DocumentModel();
        model.setStatus("published");
        try {
            String text = ContentText.read(path, shown);
            switch (file.getName()) {
                case TAGS -> {
                    Map<String, Map<String, String>> tags = new HashMap<>();
                    for (Tag tag : TagVocabulary.read(shown, text, context.languages()).values()) {
                        Map<String, String> names = new HashMap<>();
                        tag.names().forEach((language, name) -> names.put(language.code(), name));
                        tags.put(tag.key(), names);
                    }
                    model.put("vocabulary", tags);
                }
                case SETTINGS -> {
                    SiteSettings settings = SiteSettings.read(shown, text);
                    model.put("base_url", settings.baseUrl());
                    model.put("status_check_months", settings.statusCheckMonths());
                    model.put("mirrors", settings.mirrors());
                    if (settings.onion() != null) {
                        model.put("onion", settings.onion());
                    }
                }
                default -> {
                    context.problems().add(new Problem(shown, 1, "content/data/ holds only " + TAGS + " and " + SETTINGS
                            + "; move this file elsewhere"));
                    return null;
                }
            }
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
            return null;
        }
        return model;
    }
}
