package org.labourrights.site.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.labourrights.site.pipeline.RecordCache;
import org.labourrights.site.pipeline.SiteBuild;
import org.labourrights.site.write.DrawnPages;
import org.labourrights.site.write.SiteFolder;
import org.labourrights.site.write.SiteStamp;

/** The file-tree chores of the benchmark: copy, delete and measure a folder. */
final class Folders {

    /** How much a folder holds: its regular files and their total size. */
    record Size(long files, long bytes) { }

    private Folders() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            org.labourrights.site.files.FolderTree.delete(folder);
        }
    }

    /**
     * Everything a build of {@code site} leaves: the site, its mirror copy beside it, and the
     * hidden folders it replaced, which the next build would delete while it works. A build into a
     * fresh folder, as on a new checkout, finds none of them.
     */
    static void deleteSite(Path site) throws IOException {
        Path mirror = SiteBuild.mirrorOf(site.toAbsolutePath().normalize());
        SiteStamp.forget(site);
        RecordCache.forget(site);
        DrawnPages.forget(site);
        delete(site);
        delete(mirror);
        try (SiteFolder.Sweep leftovers = SiteFolder.sweep(site, mirror)) {
            // closing waits for the deletion
        }
    }

    /** How many regular files under {@code folder} have a name ending in {@code suffix}. */
    static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).count();
        }
    }

    static Size size(Path folder) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    totals[0]++;
                    totals[1] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Size(totals[0], totals[1]);
    }
}
