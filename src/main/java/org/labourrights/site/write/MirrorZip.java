package org.labourrights.site.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The mirror copy as one download on the main site, for a reader to keep, pass on or put on
 * another host: {@code /download/site-<day>.zip}, one folder {@code site-<day>/} inside, so that
 * unpacking it does not spill files. Dated by the build's clock (UTC day), the entries in name
 * order and stamped with that moment, so the same site gives the same bytes.
 */
public final class MirrorZip {

    private MirrorZip() {
    }

    /** The zip's address on the main site for a build at {@code now}. */
    public static String address(Instant now) {
        return "/download/" + name(now) + ".zip";
    }

    private static String name(Instant now) {
        return "site-" + LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Writes the zip of {@code mirror} into {@code site}; returns its size in bytes. */
    public static long write(Path mirror, Path site, Instant now) {
        Path zip = site.resolve(address(now).substring(1));
        FileTime stamp = FileTime.from(now);
        try {
            Files.createDirectories(zip.getParent());
            List<Path> files;
            try (Stream<Path> tree = Files.walk(mirror)) {
                files = tree.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(name(now) + "/" + mirror.relativize(file).toString().replace('\\', '/'));
                    entry.setLastModifiedTime(stamp);
                    entries.putNextEntry(entry);
                    Files.copy(file, entries);
                    entries.closeEntry();
                }
            }
            return Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
