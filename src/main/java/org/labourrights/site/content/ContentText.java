package org.labourrights.site.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of a content file as every reader gets it: strict UTF-8 ({@link #read}), then, by each
 * reader before anything else ({@link #checked}), without a byte-order mark, with one kind of line
 * ending, and free of the invisible characters that break pages and feeds.
 *
 * <p>Why refuse them rather than drop them: a NUL or an ESC makes {@code feed.xml} not
 * well-formed (feed readers then drop the whole feed), a vertical tab is what a word processor's
 * line break pastes, direction overrides can make a text read differently from what it says, and
 * zero-width or soft-hyphen characters inside a word hide it from the checks that keep a
 * protected person's name off the site. The editor sees each one, by line, and decides.
 */
public final class ContentText {

    /** At most this many lines are named per file: a pasted binary would otherwise fill the screen. */
    private static final int MAX_REPORTED = 5;

    private ContentText() {
    }

    /**
     * Reads a file as UTF-8 text.
     *
     * @param shown the path an editor knows the file by, e.g. content/statements/x.en.md
     * @throws ContentException when the file cannot be read or is not UTF-8 text
     */
    public static String read(Path file, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Problem.unreadable(shown, e));
        }
        return decode(bytes, shown);
    }

    /** As {@link #read}, from bytes already read. */
    public static String decode(byte[] bytes, String shown) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(new Problem(shown, 1, "the file is not saved as UTF-8 text; save it again"
                    + " choosing the UTF-8 encoding"));
        }
        return text;
    }

    /**
     * A project's files as their readers see them, by the path an editor knows them by
     * ({@code content/statements/x.en.md}): for warnings that name a line, read again only when needed.
     */
    public static java.util.function.Function<String, String> sourceOf(Path projectRoot) {
        return shown -> checked(read(projectRoot.resolve(shown), shown), shown);
    }

    /**
     * The text without a byte-order mark and with every line ending ({@code \r\n}, or a lone
     * {@code \r} from old Mac editors) made {@code \n}, so that lines are counted as the editor sees them.
     *
     * @throws ContentException naming each line that holds a character no page may contain
     */
    public static String checked(String raw, String shown) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        boolean reported = false;
        for (int i = 0; i < text.length() && problems.size() < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                reported = false;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!reported && isForbidden(c)) {
                problems.add(new Problem(shown, line, describe(c)));
                reported = true;
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return text;
    }

    /**
     * Characters no text of the site may hold: invisible, and each able to break or disguise a
     * page. A surrogate reaches this test only when it stands alone (a pair is skipped before).
     */
    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u00AD'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u2028' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069')
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c);
    }

    private static String describe(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        String what = switch (c) {
            case '\u0000' -> "a NUL character";
            case '\u000B' -> "a vertical tab, which a word processor's line break pastes";
            case '\u000C' -> "a page break";
            case '\u001B' -> "an escape character";
            case '\u00AD' -> "a soft hyphen";
            case '\u200B' -> "a zero-width space";
            case '\u200C', '\u200D' -> "a zero-width joiner";
            case '\u2028', '\u2029' -> "a Unicode line separator";
            case '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                 '\u2069' -> "a text-direction control";
            case '\u2060', '\uFEFF' -> "a zero-width no-break space";
            default -> "an invisible control character";
        };
        return "this line holds " + what + " (" + code + "), which can break the page or the feed, or hide a word;"
                + " delete it (retype the text around it if you cannot see it), and press Enter where you meant a new line";
    }
}
