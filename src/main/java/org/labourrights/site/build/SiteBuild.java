package org.labourrights.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.labourrights.site.jbake.SiteBake;

/**
 * Writes the site so that visitors never get half of it: the bake goes to a fresh folder beside
 * the target, and only a bake without problems replaces the previous site, by renaming.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    /**
     * @param now the moment embargoes are judged against
     * @throws org.labourrights.site.content.ContentException when the content has problems; the
     *         previous site is then left exactly as it was
     */
    public static SiteBake.Result build(Path projectRoot, Path target, Instant now, String baseUrlOverride) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        Path parent = absoluteTarget.getParent();
        try {
            Files.createDirectories(parent);
            Path fresh = Files.createTempDirectory(parent, "." + absoluteTarget.getFileName() + "-new-");
            try {
                SiteBake.Result result = SiteBake.bake(projectRoot, fresh, now, baseUrlOverride);
                swap(fresh, absoluteTarget);
                return result;
            } finally {
                if (Files.exists(fresh)) {
                    delete(fresh);
                }
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
            move(target, old);
        }
        move(fresh, target);
        if (old != null) {
            delete(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void delete(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
