package org.labourrights.site.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Tag;

/**
 * Reads {@code content/data/tags.yaml}: every tag a document may use, with its name in each
 * language. A closed list keeps the Russian and English tag pages parallel.
 */
public final class TagVocabulary {

    private static final String EXAMPLE = "strikes: {ru: забастовки, en: strikes}";

    private TagVocabulary() {
    }

    public static Map<String, Tag> read(String file, String yaml, Languages languages) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (Map.Entry<String, YamlFields.Field> entry : YamlFields.read(file, ContentText.checked(yaml, file), 1, EXAMPLE).entrySet()) {
            String key = entry.getKey();
            JsonNode names = entry.getValue().value();
            int line = entry.getValue().line();
            if (!SourceName.SLUG.matcher(key).matches()) {
                problems.add(new Problem(file, line, "the tag '" + key + "' becomes a web address, so it may use only small"
                        + " Latin letters, digits and hyphens, e.g. " + SourceName.suggestSlug(key)));
                continue;
            }
            Map<Language, String> byLanguage = new LinkedHashMap<>();
            for (Language language : languages.all()) {
                JsonNode name = names == null ? null : names.get(language.code());
                if (name == null || !name.isValueNode() || name.asText().isBlank()) {
                    problems.add(new Problem(file, line, "the tag '" + key + "' needs its name in every language of the site, "
                            + language.englishName() + " (" + language.code() + ") too, e.g. " + EXAMPLE));
                    break;
                }
                byLanguage.put(language, name.asText().strip());
            }
            if (byLanguage.size() == languages.size()) {
                tags.put(key, new Tag(key, byLanguage));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return tags;
    }
}
