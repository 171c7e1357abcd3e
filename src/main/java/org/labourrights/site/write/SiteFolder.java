package org.labourrights.site.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.labourrights.site.files.FolderTree;

/**
 * The published site's folder, replaced so that visitors never get half of it: a build writes
 * into a fresh folder beside it, and only a build that finished replaces the previous site, by
 * renaming. A build that fails leaves the previous site exactly as it was.
 */
public final class SiteFolder {

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
            Path fresh = Files.createTempDirectory(parent, "." + absoluteTarget.getFileName() + "-new-");
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

    private static void swap(Path fresh, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            FolderTree.move(target, old);
        }
        FolderTree.move(fresh, target);
        if (old != null) {
            FolderTree.delete(old);
        }
    }
}
