package org.labourrights.site.bench;

import java.util.List;
import java.util.stream.Collectors;
import org.labourrights.site.model.Language;

/** The text of one synthetic {@code .ru.md} or {@code .en.md} file: YAML front matter, then the body. */
final class DocumentFile {

    private DocumentFile() {
    }

    /** @param cases the ids of the cases the document concerns, for its {@code cases:} field (may be empty) */
    static String text(PlannedPair pair, Language language, BodyComposer.Body body, List<String> cases) {
        StringBuilder text = new StringBuilder(8 * 1024);
        text.append("---\n");
        text.append("title: ").append(quoted(pair.title(language))).append('\n');
        text.append("date: ").append(pair.date()).append('\n');
        text.append("status: published\n");
        text.append("original: ").append(pair.original().code()).append('\n');
        text.append("countries: [").append(pair.countries().stream().map(CountryWords::code)
                .collect(Collectors.joining(", "))).append("]\n");
        text.append("tags: [").append(String.join(", ", pair.tags())).append("]\n");
        if (!cases.isEmpty()) {
            text.append("cases: [").append(String.join(", ", cases)).append("]\n");
        }
        text.append("summary: ").append(quoted(body.summary().in(language))).append('\n');
        if (pair.hasPlace()) {
            text.append("place: ").append(quoted(pair.place(language))).append('\n');
        }
        text.append("---\n\n");
        text.append(body.markdown().in(language));
        return text.toString();
    }

    /** A YAML double-quoted scalar, as editors write titles: safe for ':' and quotes in the text. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
