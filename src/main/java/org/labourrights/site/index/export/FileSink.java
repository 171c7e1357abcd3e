package org.labourrights.site.index.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import org.labourrights.site.files.UnchangedFile;

/**
 * Writes files under a folder whose subfolders exist, checksumming their names and contents in
 * the order written (one sink per task, so tasks checksum in parallel and their sums are combined
 * in a fixed order). Not thread-safe.
 *
 * <p>The sum only has to change when a file does, so that a changed index gets a new address: it
 * is two 32-bit CRCs of different polynomials, not a cryptographic digest. SHA-256 over the
 * index's 135 MB took 0.9 s of CPU at 5,000 docs/lang, 7% of a build's JFR samples: the build
 * runs on the C1 compiler alone (see the pom), which has no SHA intrinsic; the CRCs are
 * intrinsics in C1 too and took 5 ms.
 */
public final class FileSink implements IndexFiles.Output {

    private final Path folder;
    /** The same language's folder in the index the site had before; null when there is none. */
    private final Path earlier;
    private final String prefix;
    private final CRC32 crc = new CRC32();
    private final CRC32C crcC = new CRC32C();
    private int files;
    private long bytes;

    /**
     * @param earlier the language's folder in the index the site had before, whose files are taken
     *                where they are the same ({@link UnchangedFile}); null when there is none
     * @param prefix  the name of the folder in the hash, e.g. {@code ru/}
     */
    FileSink(Path folder, Path earlier, String prefix) {
        this.folder = folder;
        this.earlier = earlier;
        this.prefix = prefix;
    }

    @Override
    public void write(String relative, JsonOut content) {
        byte[] name = (prefix + relative).getBytes(StandardCharsets.UTF_8);
        for (Checksum sum : new Checksum[] {crc, crcC}) {
            sum.update(name, 0, name.length);
            sum.update(0);
            sum.update(content.buffer(), 0, content.size());
        }
        try {
            UnchangedFile.write(folder.resolve(relative), content.buffer(), 0, content.size(),
                    earlier == null ? null : earlier.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files++;
        bytes += content.size();
    }

    /**
     * Writes a file with one system call for the content, replacing any file of that name: over
     * the old content, then cut to the new length (the live index rewrites files in place; freeing
     * all of a file's blocks and allocating them again costs several times more).
     */
    public static void write(Path file, JsonOut content) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content.buffer(), 0, content.size());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(content.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void createFolders(Path folder, String... children) {
        try {
            for (String child : children) {
                Files.createDirectories(folder.resolve(child));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum of the names and contents written, 8 bytes. */
    byte[] sum() {
        return ByteBuffer.allocate(Long.BYTES).putInt((int) crc.getValue()).putInt((int) crcC.getValue()).array();
    }

    int files() {
        return files;
    }

    long bytes() {
        return bytes;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
