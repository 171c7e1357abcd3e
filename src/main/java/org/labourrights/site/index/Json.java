package org.labourrights.site.index;

/**
 * The little JSON the index files need, written straight into a StringBuilder: the files hold
 * millions of small numbers, and writing them by hand is both faster and simpler than a mapper.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        int run = 0; // the start of the characters not yet copied: copied in runs, not one by one
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Quotes, backslashes and control characters must be escaped; U+2028/9 too, for old parsers.
            if (c == '"' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(value, run, i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                            .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
                }
                run = i + 1;
            }
        }
        return out.append(value, run, value.length()).append('"');
    }

    static StringBuilder ints(StringBuilder out, int[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
        return out.append(']');
    }

    /** Ascending numbers as differences from the previous one: small numbers compress well. */
    static StringBuilder deltas(StringBuilder out, int[] ascending) {
        out.append('[');
        int previous = 0;
        for (int i = 0; i < ascending.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(ascending[i] - previous);
            previous = ascending[i];
        }
        return out.append(']');
    }

    static StringBuilder hex(StringBuilder out, byte[] bytes) {
        out.append('"');
        for (byte b : bytes) {
            out.append(HEX[b >> 4 & 15]).append(HEX[b & 15]);
        }
        return out.append('"');
    }
}
