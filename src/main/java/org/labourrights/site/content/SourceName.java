package org.labourrights.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;

/**
 * What a document's path says about it: {@code <section>/<slug>.<lang>.md}. The path is the
 * editor's only way to pair translations, so every deviation is reported with the fix.
 */
public record SourceName(DocumentKey key, Language language) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> SECTIONS = Arrays.stream(Section.values()).map(Section::slug).toList();

    /**
     * @param path      relative to {@code content/}, with forward slashes
     * @param languages the site's: the name must end in one of them
     */
    public static SourceName parse(String file, String path, Languages languages) {
        String[] parts = path.split("/");
        String suffixes = Languages.spelled(languages.codes().stream().map(code -> "." + code + ".md").toList());
        if (parts.length != 2) {
            throw problem(file, "a document must sit directly in a section folder, as content/<section>/<name>.<"
                    + String.join("|", languages.codes()) + ">.md (sections: " + String.join(", ", SECTIONS) + ")");
        }
        Section section = Section.fromSlug(parts[0]).orElseThrow(() -> problem(file,
                "unknown section '" + parts[0] + "'" + Suggestion.didYouMean(parts[0], SECTIONS)
                        + "; move the file into one of: " + String.join(", ", SECTIONS)));
        String name = parts[1];
        String[] pieces = name.split("\\.");
        if (pieces.length != 3 || !pieces[2].equals("md")) {
            String stem = pieces[0];
            throw problem(file, "the file name must end in its language, " + suffixes + ": rename it to "
                    + Languages.spelled(languages.codes().stream().map(code -> stem + "." + code + ".md").toList()));
        }
        Language language = languages.byCode(pieces[1]).orElseThrow(() -> problem(file,
                "unknown language suffix '." + pieces[1] + ".md'; the site is in "
                        + String.join(" and ", languages.all().stream().map(Language::englishName).toList())
                        .replaceFirst(" and (?=.* and )", ", ") + ": rename it to "
                        + Languages.spelled(languages.codes().stream().map(code -> pieces[0] + "." + code + ".md").toList())));
        if (!SLUG.matcher(pieces[0]).matches()) {
            throw problem(file, "the name '" + pieces[0] + "' becomes the web address, so it may use only small Latin letters,"
                    + " digits and hyphens: for example " + suggestSlug(pieces[0]) + "." + language.code() + ".md");
        }
        return new SourceName(new DocumentKey(section, pieces[0]), language);
    }

    static String suggestSlug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "my-document" : slug;
    }

    private static ContentException problem(String file, String message) {
        return new ContentException(new Problem(file, 1, message));
    }
}
