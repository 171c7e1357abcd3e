package org.labourrights.site.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** A folder and everything in it, as one thing: deleted whole, or moved in one step. */
public final class FolderTree {

    private FolderTree() {
    }

    /**
     * Deletes {@code folder} and everything in it, if it exists. A link inside is deleted, never
     * followed: what it points to stays.
     */
    public static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #delete}, for leftovers nobody links to: what cannot be deleted now stays. */
    public static void deleteIfPossible(Path folder) {
        try {
            delete(folder);
        } catch (UncheckedIOException leftOver) {
            // A temporary folder's name starts with a dot; the next run tries again.
        }
    }

    /**
     * The hidden file a build keeps beside {@code folder} for the next one: {@code target/.site.stamp}
     * for {@code target/site} and the kind {@code stamp}. Beside it, never in it, so never published.
     */
    public static Path beside(Path folder, String kind) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + kind);
    }

    /** What writes a file's bytes into the path it is given. */
    @FunctionalInterface
    public interface Writing {
        void into(Path file) throws IOException;
    }

    /**
     * Writes the file of {@code kind} beside {@code folder} ({@link #beside}) in one step: into a
     * partial file next to it, then renamed over it, so that a reader finds the whole new file or
     * the one before, never half of one.
     */
    public static void writeBeside(Path folder, String kind, Writing writing) {
        Path file = beside(folder, kind);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            writing.into(partial);
            move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file of {@code kind} kept beside {@code folder} ({@link #beside}), if there is one. */
    public static void deleteBeside(Path folder, String kind) {
        try {
            Files.deleteIfExists(beside(folder, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames {@code from} to {@code to} in one step where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
