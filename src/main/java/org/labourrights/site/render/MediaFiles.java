package org.labourrights.site.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.MediaType;
import org.labourrights.site.content.Problem;

/**
 * Publishes the PDFs and pictures of {@code content/files/} at {@code /files/…}, pictures without
 * their metadata. A phone's photo carries where and when it was taken, and the camera's owner;
 * for a person at risk that is a location, so EXIF, XMP, IPTC and comments never reach the site.
 * What a picture shows (pixels, colour profile) is kept byte for byte.
 */
public final class MediaFiles {

    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private MediaFiles() {
    }

    /** The address each file of {@code content/files/} is published at, e.g. /files/report-2023.pdf. */
    public static String address(ContentInventory.Entry entry) {
        String shown = entry.shown();
        return "/" + shown.substring(("content/").length());
    }

    /** Writes every file; returns their addresses, for the link checker. */
    public static Set<String> publish(List<ContentInventory.Entry> media, Path site) {
        Set<String> addresses = new TreeSet<>();
        for (ContentInventory.Entry entry : media) {
            String address = address(entry);
            try {
                byte[] bytes = Files.readAllBytes(entry.file());
                Path target = site.resolve(address.substring(1));
                Files.createDirectories(target.getParent());
                Files.write(target, withoutMetadata(MediaType.ofName(entry.file().getFileName().toString()), bytes,
                        entry.shown()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            addresses.add(address);
        }
        return addresses;
    }

    static byte[] withoutMetadata(MediaType type, byte[] bytes, String shown) {
        try {
            return switch (type) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                case PDF -> bytes;
            };
        } catch (RuntimeException damaged) {
            throw new ContentException(new Problem(shown, 1, "the picture is damaged and cannot be published; open it"
                    + " in a picture editor and save it again as " + type));
        }
    }

    /** Segments until the image data: APP1–APP15 (EXIF, XMP, IPTC…) and comments dropped, colour profile kept. */
    private static byte[] jpeg(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 2);
        int at = 2;
        while (true) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("not a JPEG segment");
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                // Start of scan: the image data follows, to the end.
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            boolean colourProfile = marker == 0xE2 && startsWith(bytes, at + 4, "ICC_PROFILE");
            boolean metadata = (marker >= 0xE1 && marker <= 0xEF && !colourProfile) || marker == 0xFE;
            if (!metadata) {
                out.write(bytes, at, length + 2);
            }
            at += length + 2;
        }
    }

    /** Chunks, with the text, EXIF and time chunks dropped. */
    private static byte[] png(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 8);
        int at = 8;
        while (at < bytes.length) {
            int length = ByteBuffer.wrap(bytes, at, 4).getInt();
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            int size = 12 + length;
            if (length < 0 || at + size > bytes.length) {
                throw new IllegalArgumentException("a PNG chunk runs past the end");
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(bytes, at, size);
            }
            at += size;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (at + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
