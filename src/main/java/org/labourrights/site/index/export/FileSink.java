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

/**
 * Writes files under a folder whose subfolders exist, hashing their names and contents in the
 * order written (one sink per task, so tasks hash in parallel and their digests are combined in
 * a fixed order). Not thread-safe.
 */
public final class FileSink implements IndexFiles.Output {

    private final Path folder;
    private final String prefix;
    private final MessageDigest digest = sha256();
    private int files;
    private long bytes;

    /** @param prefix the name of the folder in the hash, e.g. {@code ru/} */
    FileSink(Path folder, String prefix) {
        this.folder = folder;
        this.prefix = prefix;
    }

    @Override
    public void write(String relative, JsonOut content) {
        digest.update((prefix + relative).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content.buffer(), 0, content.size());
        write(folder.resolve(relative), content);
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

    byte[] digest() {
        return digest.digest();
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
