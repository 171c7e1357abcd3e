package org.labourrights.site.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One published text in one language: a resolution, statement, declaration, report, news item
 * or page. {@code bodyHtml} is already rendered from Markdown; {@code links} are the internal links
 * found in it, kept with their source lines so a broken one can be reported where it was written.
 * {@code key} pairs translations (it comes from the file name); {@code urlSlug} is the last part of
 * the web address, the file name unless front matter sets {@code slug:}. {@code campaign} is set
 * for the documents of {@code content/campaigns/} only. {@code aliases} are the page's old
 * addresses (see {@link Redirect}), as the site writes addresses; {@code fieldLines} also holds the
 * line of each alias, under {@code aliases/0}, {@code aliases/1}….
 */
public record Document(
        String sourcePath,
        DocumentKey key,
        String urlSlug,
        Language language,
        String title,
        PartialDate date,
        Status status,
        Language original,
        List<String> countries,
        List<String> tags,
        String summary,
        String place,
        String event,
        List<String> cases,
        List<String> aliases,
        Instant embargo,
        String bodyHtml,
        List<Link> links,
        Map<String, Integer> fieldLines,
        Campaign campaign) implements Serializable {

    public enum Status { PUBLISHED, DRAFT }

    /**
     * A link or picture in the body: the line it is on, where it points (as the page carries it)
     * and whether it is a picture, which must be one of the site's own files.
     */
    public record Link(int line, String target, boolean picture) implements Serializable { }

    public Document {
        countries = List.copyOf(countries);
        tags = List.copyOf(tags);
        cases = List.copyOf(cases);
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        fieldLines = Map.copyOf(fieldLines);
    }

    /** The same document with another rendered body. */
    public Document withBodyHtml(String otherBodyHtml) {
        return new Document(sourcePath, key, urlSlug, language, title, date, status, original, countries, tags, summary,
                place, event, cases, aliases, embargo, otherBodyHtml, links, fieldLines, campaign);
    }

    /** The line a front-matter field was written on, for messages about it (1 if it is absent). */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /** The line the {@code index}-th alias was written on (the field's line when not known apart). */
    public int aliasLine(int index) {
        return fieldLines.getOrDefault("aliases/" + index, lineOf("aliases"));
    }

    public Section section() {
        return key.section();
    }

    public String slug() {
        return key.slug();
    }

    public boolean isOriginal() {
        return original.equals(language);
    }

    /** Visible to the public at {@code now}: published and past any embargo. */
    public boolean isPublicAt(Instant now) {
        return status == Status.PUBLISHED && (embargo == null || !now.isBefore(embargo));
    }
}
