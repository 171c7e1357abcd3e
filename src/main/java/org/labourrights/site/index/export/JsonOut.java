package org.labourrights.site.index.export;

import java.util.Arrays;

/**
 * The little JSON the index files need, written straight into UTF-8 bytes: the files hold
 * millions of small numbers and megabytes of text, and writing them by hand into one reusable
 * buffer is both faster and simpler than a mapper, with no intermediate strings. Strings are
 * encoded as {@link String#getBytes} with UTF-8 would (an unpaired surrogate becomes '?').
 */
public final class JsonOut {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Characters are encoded from a scratch array, a slice of a string at a time. */
    private static final int SLICE = 4096;

    private byte[] bytes;
    private int size;
    private final char[] chars = new char[SLICE];

    public JsonOut(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    byte[] buffer() {
        return bytes;
    }

    public int size() {
        return size;
    }

    public JsonOut clear() {
        size = 0;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** An ASCII character. */
    JsonOut ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** ASCII text, written as it is. */
    JsonOut ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    JsonOut number(long value) {
        if (value < 0) {
            ascii('-');
            if (value == Long.MIN_VALUE) {
                return ascii("9223372036854775808");
            }
            value = -value;
        }
        int digits = digits(value);
        ensure(digits);
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size = end;
        return this;
    }

    /** Decimal digits of a value (at least one). */
    static int digits(long value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }

    /** The characters a number takes, a minus sign included. */
    static int chars(long value) {
        return value < 0 ? 1 + digits(-value) : digits(value);
    }

    /** A float as Java prints it (the manifest's ranking constants). */
    JsonOut number(float value) {
        return ascii(Float.toString(value));
    }

    JsonOut string(String value) {
        return string(value, 0, value.length());
    }

    /** Characters {@code from}–{@code to} of a string, as a JSON string. */
    JsonOut string(String value, int from, int to) {
        // The characters are copied into a scratch array in slices (one bulk copy, then a loop over
        // an array the compiler can run without bounds checks on the string).
        ensure(2);
        bytes[size++] = '"';
        for (int slice = from; slice < to; ) {
            int end = Math.min(to, slice + SLICE);
            if (end < to && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--; // keep a surrogate pair in one slice
            }
            value.getChars(slice, end, chars, 0);
            encode(chars, end - slice);
            slice = end;
        }
        ensure(1);
        bytes[size++] = '"';
        return this;
    }

    private void encode(char[] text, int length) {
        ensure(length * 3);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                    continue;
                }
                size = at;
                escape(c, length - i);
                out = bytes;
                at = size;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (c == '\u2028' || c == '\u2029') {
                size = at;
                escape(c, length - i);
                out = bytes;
                at = size;
            } else if (Character.isSurrogate(c)) {
                char next = i + 1 < length ? text[i + 1] : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                    int code = Character.toCodePoint(c, next);
                    out[at++] = (byte) (0xf0 | code >> 18);
                    out[at++] = (byte) (0x80 | code >> 12 & 0x3f);
                    out[at++] = (byte) (0x80 | code >> 6 & 0x3f);
                    out[at++] = (byte) (0x80 | code & 0x3f);
                    i++;
                } else {
                    out[at++] = '?';
                }
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        size = at;
    }

    /** Quotes, backslashes and control characters are escaped; U+2028/9 too, for old parsers. */
    private void escape(char c, int remaining) {
        ensure(6 + 3 * remaining + 1);
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> ascii("\\u").ascii((char) HEX[c >> 12 & 15]).ascii((char) HEX[c >> 8 & 15])
                    .ascii((char) HEX[c >> 4 & 15]).ascii((char) HEX[c & 15]);
        }
    }

    /** The characters {@link #string} takes for a value, the quotes included (what the shard planner counts). */
    static int stringChars(String value) {
        int chars = 2 + value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                chars += 1;
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                chars += 5;
            }
        }
        return chars;
    }

    JsonOut ints(int[] values) {
        ascii('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                ascii(',');
            }
            number(values[i]);
        }
        return ascii(']');
    }

    /** Ascending numbers as differences from the previous one: small numbers compress well. */
    JsonOut deltas(int[] ascending) {
        ascii('[');
        int previous = 0;
        for (int i = 0; i < ascending.length; i++) {
            if (i > 0) {
                ascii(',');
            }
            number(ascending[i] - previous);
            previous = ascending[i];
        }
        return ascii(']');
    }

    JsonOut hex(byte[] values) {
        ensure(values.length * 2 + 2);
        bytes[size++] = '"';
        for (byte b : values) {
            bytes[size++] = HEX[b >> 4 & 15];
            bytes[size++] = HEX[b & 15];
        }
        bytes[size++] = '"';
        return this;
    }
}
