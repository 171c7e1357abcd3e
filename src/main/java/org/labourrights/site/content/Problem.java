package org.labourrights.site.content;

/**
 * One thing wrong with the content, said so that an editor can fix it: which file, which line,
 * what is wrong and what to write instead. Printed as {@code file:line: message}.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    /** A file the build could not read at all: an editor can only save it again, as UTF-8 text. */
    public static Problem unreadable(String file, java.io.IOException e) {
        return new Problem(file, 1, "the file cannot be read as text (" + e.getMessage()
                + "); save it again as plain text in the UTF-8 encoding");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
