package org.labourrights.site.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Urls;

/**
 * Starts a new statement, resolution, case or campaign the way the build expects it: both
 * language files, today's date, every required field, marked as a draft so nothing is published
 * before an editor changes it. Never overwrites a file.
 */
public final class Scaffold {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Scaffold() {
    }

    /** What an editor may create, by the word they type. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        for (Section section : Section.values()) {
            kinds.add(singular(section));
        }
        kinds.add("case");
        return kinds;
    }

    /**
     * @return the files written, relative to the project
     * @throws IllegalArgumentException with a message for the editor when the request is wrong
     */
    /** @param languages the site's: a document is made in each, a case names the first's address */
    public static List<Path> create(Path project, Languages languages, String kind, String name, LocalDate today) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the name '" + name + "' becomes the web address: use small Latin"
                    + " letters, digits and hyphens, e.g. statement-on-strikes-2026");
        }
        if (kind.equals("case")) {
            return write(project, List.of(Path.of("content", "cases", name + ".yaml")), List.of(caseFile(name, languages)));
        }
        Section section = sectionOf(kind).orElseThrow(() -> new IllegalArgumentException(
                "unknown kind '" + kind + "'; write one of: " + String.join(", ", kinds())));
        List<Path> files = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Language language : languages.all()) {
            files.add(Path.of("content", section.slug(), name + "." + language.code() + ".md"));
            texts.add(document(section, language, languages.first(), today));
        }
        return write(project, files, texts);
    }

    private static List<Path> write(Path project, List<Path> files, List<String> texts) {
        for (Path file : files) {
            if (Files.exists(project.resolve(file))) {
                throw new IllegalArgumentException(file + " exists already; choose another name");
            }
        }
        try {
            for (int i = 0; i < files.size(); i++) {
                Path target = project.resolve(files.get(i));
                Files.createDirectories(target.getParent());
                Files.writeString(target, texts.get(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String document(Section section, Language language, Language original, LocalDate today) {
        // The placeholders in Russian for the Russian file, else in English, which an editor of
        // any of the Mission's languages reads.
        boolean ru = language.code().equals("ru");
        StringBuilder text = new StringBuilder("---\n")
                .append("title: \"").append(ru ? "Заголовок" : "Title").append("\"\n")
                .append("date: ").append(today).append('\n')
                .append("status: draft\n")
                .append("original: ").append(original.code()).append('\n')
                .append("countries: []\n")
                .append("tags: []\n")
                .append("summary: \"\"\n")
                // Renaming the file is how a page moves; the field says where the old address goes.
                .append("aliases: []  # if you rename this file, keep its old address here: [")
                .append(Urls.section(language, section)).append("old-name/]\n");
        if (section == Section.CAMPAIGNS) {
            text.append("cases: []\n")
                    .append("opens: ").append(today).append('\n')
                    .append("state: open\n")
                    .append("addressees:\n  - name: \"\"\n")
                    .append("letter_subject: \"\"\n")
                    .append("letter: |\n  ").append(ru ? "Текст письма." : "The letter.").append('\n');
        }
        return text.append("---\n\n").append(ru ? "Текст документа.\n" : "The document's text.\n").toString();
    }

    private static String caseFile(String id, Languages languages) {
        return "# A case: write only what a source states; see the other files here for examples.\n"
                + "id: " + id + "\n"
                + "kind: person\n"
                + "name: {" + String.join(", ", languages.codes().stream().map(code -> code + ": \"\"").toList()) + "}\n"
                + "country: KZ\n"
                + "status: unknown\n"
                + "aliases: []  # if you rename this file, keep its old addresses here: ["
                + String.join(", ", languages.all().stream().map(l -> Urls.cases(l) + "old-id/").toList()) + "]\n"
                + "sources:\n"
                + "  - document: statements/\n";
    }

    private static Optional<Section> sectionOf(String kind) {
        for (Section section : Section.values()) {
            if (singular(section).equals(kind) || section.slug().equals(kind)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** resolutions → resolution, news → news. */
    private static String singular(Section section) {
        String slug = section.slug();
        return slug.endsWith("s") && !slug.equals("news") ? slug.substring(0, slug.length() - 1) : slug;
    }
}
