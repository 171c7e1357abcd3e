package org.labourrights.site.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of file the site publishes as they are, from {@code content/files/}: PDF documents
 * and PNG or JPEG pictures, each recognised by its first bytes, not only its name. Anything else
 * is refused: an SVG or an HTML file served from the site's own address can run script, and a
 * file whose name lies about its content is a mistake or a trick.
 */
public enum MediaType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** Published names become addresses: small Latin letters, digits, hyphens, one extension. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z]+");

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    MediaType(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The type of a published file, by its extension; null for any other file. */
    public static MediaType ofName(String name) {
        String extension = ContentInventory.extension(name);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst().orElse(null);
    }

    /**
     * Checks a file of {@code content/files/}: an allowed kind, a name that can be an address, and
     * content that is what the name says.
     *
     * @throws ContentException otherwise, with what to do
     */
    static MediaType check(Path file, String shown, String name) {
        MediaType type = ofName(name);
        if (type == null) {
            throw new ContentException(new Problem(shown, 1, "content/" + ContentInventory.MEDIA_FOLDER + "/ publishes"
                    + " only PDF, PNG and JPEG files" + (name.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
                    ? " (an SVG picture can carry script): export it as PNG" : ": convert it to one of these")
                    + ", or remove it"));
        }
        if (!NAME.matcher(name).matches()) {
            throw new ContentException(new Problem(shown, 1, "the name '" + name + "' becomes the file's web address,"
                    + " so it may use only small Latin letters, digits and hyphens before its extension: rename it, e.g. to "
                    + SourceName.suggestSlug(name.substring(0, Math.max(0, name.lastIndexOf('.'))))
                    + name.substring(name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT)));
        }
        byte[] start = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new ContentException(Problem.unreadable(shown, e));
        }
        if (!type.begins(start, read)) {
            MediaType actual = Arrays.stream(values()).filter(t -> t.begins(start, read)).findFirst().orElse(null);
            throw new ContentException(new Problem(shown, 1, "the name says " + type + " but the file is "
                    + (actual == null ? "not a " + type + " file" : "a " + actual + " file") + "; save it again as "
                    + type + (actual == null ? "" : ", or rename it to end in ." + actual.extensions.get(0))));
        }
        return type;
    }

    private boolean begins(byte[] start, int read) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (start[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
