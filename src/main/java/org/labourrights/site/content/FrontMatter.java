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

    public static FrontMatter parse(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        content = content.replace("\r\n", "\n");
        if (!content.startsWith("---\n")) {
            throw new ContentException(new Problem(file, 1,
                    "the file must begin with its fields between two lines of three hyphens: a line '---', then "
                            + EXAMPLE + ", then '---' again; the text follows after it"));
        }
        int end = content.indexOf("\n---\n", 3);
        boolean endsAtEof = end < 0 && content.endsWith("\n---");
        if (end < 0 && !endsAtEof) {
            throw new ContentException(new Problem(file, 1,
                    "the front matter opened with '---' on line 1 is never closed: add a line with just '---' after the last field"));
        }
        if (endsAtEof) {
            end = content.length() - 4;
        }
        String yaml = content.substring(4, end + 1);
        int closingLine = 2 + countLines(yaml);
        String body = endsAtEof ? "" : content.substring(end + 5);
        return new FrontMatter(YamlFields.read(file, yaml, 2, EXAMPLE), body, closingLine + 1);
    }

    private static int countLines(String s) {
        int lines = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
