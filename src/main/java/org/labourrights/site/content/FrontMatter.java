package org.labourrights.site.content;

import java.util.Collections;
import java.util.Map;

/**
 * The YAML block between the first two {@code ---} lines of a Markdown file (the convention of
 * Hugo, Jekyll and Decap CMS), read with Jackson. Each field keeps the line it was written on, so
 * that a wrong value is reported on its own line.
 */
public record FrontMatter(Map<String, YamlFields.Field> fields, String body, int bodyLine) {

    /** Said in words: an editor reading "\\n" in a message would not know it means a new line. */
    private static final String EXAMPLE = "title: \"…\", date: 2025-12-15, status: published and original: ru,"
            + " each on a line of its own";

    public FrontMatter {
        fields = Collections.unmodifiableMap(fields);
    }

    /**
     * @param text the file's text as {@link ContentText#checked} gives it: lines ended by '\n'
     */
    public static FrontMatter parse(String file, String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isDelimiter(text, 0, firstEnd)) {
            throw new ContentException(new Problem(file, 1,
                    "the file must begin with its fields between two lines of three hyphens: a line '---', then "
                            + EXAMPLE + ", then '---' again; the text follows after it"));
        }
        int line = 2;
        for (int start = firstEnd + 1; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (isDelimiter(text, start, end)) {
                String yaml = text.substring(firstEnd + 1, start);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new FrontMatter(YamlFields.read(file, yaml, 2, EXAMPLE), body, line + 1);
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
        }
        throw new ContentException(new Problem(file, 1,
                "the front matter opened with '---' on line 1 is never closed: add a line with just '---' after the last field"));
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** '---' alone on its line; spaces or tabs after it are invisible to the editor, so they are allowed. */
    private static boolean isDelimiter(String text, int start, int end) {
        if (end - start < 3 || !text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
