package org.labourrights.site.cards;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNGs of up to 256 colours (1 to 8 bits a pixel), for pictures that differ from one background
 * in some rows only. A card is flat colour and antialiased text in a few shades, so a palette
 * holds it exactly, a fraction of RGB to compress; and most of its rows are the empty card's. Those
 * rows are compressed once, here, into pieces that end on a byte (deflate's full flush), and
 * each picture's stream is those pieces spliced around its own rows: a card costs the
 * compression of its lines of text, not of 630 rows. Written by hand because ImageIO's writer
 * would turn the palette back into RGB and compress every row, and this is the build's busiest
 * loop after the pages.
 */
final class PalettePng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib's header for deflate with a 32 KB window and the fastest level. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    /** An empty last block (fixed codes, end of block at once): what closes the spliced stream. */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    private final int width;
    private final int height;
    private final int depth;
    /** Bytes of one row's pixels. */
    private final int rowBytes;
    private final byte[] palette;
    private final byte[] background;
    /** For each row, which of the background's distinct rows it is. */
    private final int[] rowKind;
    /** For each distinct background row, its runs of 2^i rows compressed: pieces[kind][i]. */
    private final byte[][][] pieces;
    /** The Adler-32 checksum of each piece's rows, to join into the stream's without reading them again. */
    private final long[][] pieceChecks;

    /**
     * @param palette    red, green, blue of each colour, in index order
     * @param depth      bits per palette index: 1, 2, 4 or 8
     * @param background the picture every encoded one is a variation of, packed as {@link #encode} takes it
     */
    PalettePng(int width, int height, int depth, byte[] palette, byte[] background) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.rowBytes = (width * depth + 7) / 8;
        this.palette = palette.clone();
        this.background = background.clone();
        this.rowKind = new int[height];
        List<Integer> firstRowOfKind = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            int kind = -1;
            for (int k = 0; k < firstRowOfKind.size() && kind < 0; k++) {
                if (sameRow(this.background, firstRowOfKind.get(k), y)) {
                    kind = k;
                }
            }
            if (kind < 0) {
                kind = firstRowOfKind.size();
                firstRowOfKind.add(y);
            }
            rowKind[y] = kind;
        }
        int powers = 32 - Integer.numberOfLeadingZeros(height);
        pieces = new byte[firstRowOfKind.size()][powers][];
        pieceChecks = new long[firstRowOfKind.size()][powers];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        for (int kind = 0; kind < pieces.length; kind++) {
            byte[] row = rawRow(this.background, firstRowOfKind.get(kind));
            for (int power = 0; power < powers; power++) {
                byte[] rows = new byte[row.length << power];
                for (int at = 0; at < rows.length; at += row.length) {
                    System.arraycopy(row, 0, rows, at, row.length);
                }
                ByteArrayOutputStream piece = new ByteArrayOutputStream();
                flush(deflater, rows, 0, rows.length, piece);
                pieces[kind][power] = piece.toByteArray();
                Adler32 check = new Adler32();
                check.update(rows);
                pieceChecks[kind][power] = check.getValue();
            }
        }
        deflater.end();
    }

    /**
     * @param pixels the palette indices, {@code depth} bits each, rows starting on a byte
     * @param words  text chunks (iTXt, UTF-8) by keyword, in order
     */
    byte[] encode(byte[] pixels, Map<String, String> words) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(48 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = (byte) depth;   // bits per index
        header[9] = 3;   // indexed colour
        chunk(png, "IHDR", header, header.length);
        chunk(png, "PLTE", palette, palette.length);
        words.forEach((keyword, text) -> {
            // keyword, then: no compression, no language tag, no translated keyword, the text.
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            chunk.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
            chunk.writeBytes(new byte[] {0, 0, 0, 0, 0});
            chunk.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            byte[] data = chunk.toByteArray();
            chunk(png, "iTXt", data, data.length);
        });
        byte[] data = compressed(pixels);
        chunk(png, "IDAT", data, data.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    /** The zlib stream of the rows, each led by its filter, 0 (none). */
    private byte[] compressed(byte[] pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(ZLIB_HEADER);
        long adler = 1;
        Adler32 rows = new Adler32();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] raw = new byte[height * (rowBytes + 1)];
        int y = 0;
        while (y < height) {
            boolean plain = sameAsBackground(pixels, y);
            int end = y + 1;
            while (end < height && sameAsBackground(pixels, end) == plain && (!plain || rowKind[end] == rowKind[y])) {
                end++;
            }
            if (plain) {
                for (int count = end - y, power = 0; count > 0; count >>= 1, power++) {
                    if ((count & 1) != 0) {
                        out.writeBytes(pieces[rowKind[y]][power]);
                        adler = adlerJoined(adler, pieceChecks[rowKind[y]][power], (long) (rowBytes + 1) << power);
                    }
                }
            } else {
                for (int row = y; row < end; row++) {
                    System.arraycopy(pixels, row * rowBytes, raw, row * (rowBytes + 1) + 1, rowBytes);
                }
                int from = y * (rowBytes + 1);
                int length = (end - y) * (rowBytes + 1);
                rows.reset();
                rows.update(raw, from, length);
                adler = adlerJoined(adler, rows.getValue(), length);
                flush(deflater, raw, from, length, out);
            }
            y = end;
        }
        deflater.end();
        out.writeBytes(LAST_BLOCK);
        byte[] trailer = new byte[4];
        putInt(trailer, 0, (int) adler);
        out.writeBytes(trailer);
        return out.toByteArray();
    }

    /** Compresses the bytes into whole bytes of output that need nothing before them to be read. */
    private static void flush(Deflater deflater, byte[] bytes, int from, int length, ByteArrayOutputStream out) {
        deflater.setInput(bytes, from, length);
        byte[] buffer = new byte[16 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
    }

    /** The Adler-32 of two byte runs one after the other, from the checksum of each (zlib's adler32_combine). */
    static long adlerJoined(long first, long second, long secondLength) {
        final long base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = (remainder * sum1) % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + base - remainder;
        sum1 %= base;
        sum2 %= base;
        return sum1 | (sum2 << 16);
    }

    private boolean sameAsBackground(byte[] pixels, int y) {
        return Arrays.equals(pixels, y * rowBytes, (y + 1) * rowBytes, background, y * rowBytes, (y + 1) * rowBytes);
    }

    private boolean sameRow(byte[] pixels, int a, int b) {
        return Arrays.equals(pixels, a * rowBytes, (a + 1) * rowBytes, pixels, b * rowBytes, (b + 1) * rowBytes);
    }

    private byte[] rawRow(byte[] pixels, int y) {
        byte[] row = new byte[rowBytes + 1];
        System.arraycopy(pixels, y * rowBytes, row, 1, rowBytes);
        return row;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        png.writeBytes(head);
        png.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        png.writeBytes(tail);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
