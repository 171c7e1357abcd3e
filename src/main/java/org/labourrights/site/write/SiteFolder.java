package org.labourrights.site.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.labourrights.site.files.FolderTree;

/**
 * The published site's folder, replaced so that visitors never get half of it: a build writes
 * into a fresh folder beside it, and only a build that finished replaces the previous site, by
 * renaming. A build that fails leaves the previous site exactly as it was.
 *
 * <p>The folder a build replaced stays beside the new one, hidden ({@code .site-old-…}), until the
 * next build deletes it while it works ({@link #sweep}). Deleting is mostly waiting for the disk:
 * the 46,000 files of a site of 5,000 documents per language took {@code rm -rf} 8.2 s of wall
 * time and 1.4 s of CPU here (ext4 mounted with {@code discard}), and the site and its mirror copy
 * deleted at the end of a build were 13 of the README command's 54 s. Beside the next build's
 * reading and rendering they cost that build less than they cost at the end of one: over an
 * existing site of that size the README command took 44.9 s before, 37.1 s after (medians,
 * alternating runs), as the two still share the disk.
 */
public final class SiteFolder {

    private static final String FRESH = "-new-";
    private static final String REPLACED = "-old-";

    private SiteFolder() {
    }

    /**
     * Runs {@code build} on a fresh empty folder beside {@code target}; if it returns, the fresh
     * folder becomes {@code target}. If it throws, the fresh folder is deleted and {@code target}
     * is untouched.
     */
    public static <T> T replace(Path target, Function<Path, T> build) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        Path parent = absoluteTarget.getParent();
        try {
            Files.createDirectories(parent);
            Path fresh = Files.createTempDirectory(parent, hidden(absoluteTarget, FRESH));
            T result;
            try {
                result = build.apply(fresh);
            } catch (RuntimeException | Error failure) {
                // The failure is what the editor must read: a folder that cannot be emptied yet
                // (a writer still finishing) is told beside it, never instead of it.
                try {
                    FolderTree.delete(fresh);
                } catch (RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                }
                throw failure;
            }
            try {
                swap(fresh, absoluteTarget);
                return result;
            } finally {
                FolderTree.delete(fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts deleting, on a thread of its own, the folders earlier builds replaced beside
     * {@code targets}. Only those present now are deleted. Fresh folders are never taken: one may
     * be another build's, still being written. Closing waits for the deletion to end; what cannot
     * be deleted stays for the next build.
     */
    public static Sweep sweep(Path... targets) {
        List<Path> leftovers = new ArrayList<>();
        for (Path target : targets) {
            Path absoluteTarget = target.toAbsolutePath().normalize();
            Path parent = absoluteTarget.getParent();
            if (!Files.isDirectory(parent)) {
                continue;
            }
            String replaced = hidden(absoluteTarget, REPLACED);
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                    sibling -> leftBy(sibling.getFileName().toString(), replaced))) {
                siblings.forEach(leftovers::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Thread deleting = new Thread(() -> leftovers.forEach(FolderTree::deleteIfPossible), "sweep");
        deleting.setDaemon(true);
        deleting.start();
        return new Sweep(deleting);
    }

    /** The deletion {@link #sweep} started. */
    public static final class Sweep implements AutoCloseable {
        private final Thread deleting;

        private Sweep(Thread deleting) {
            this.deleting = deleting;
        }

        @Override
        public void close() {
            try {
                deleting.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A temporary folder's name is its prefix and digits: {@code .site-old-} must not take {@code .site-old-x-1}. */
    private static boolean leftBy(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length()
                && name.substring(prefix.length()).chars().allMatch(Character::isDigit);
    }

    private static String hidden(Path target, String role) {
        return "." + target.getFileName() + role;
    }

    private static void swap(Path fresh, Path target) throws IOException {
        if (Files.exists(target)) {
            Path replaced = Files.createTempDirectory(target.getParent(), hidden(target, REPLACED));
            Files.delete(replaced);
            FolderTree.move(target, replaced);
        }
        FolderTree.move(fresh, target);
    }
}
