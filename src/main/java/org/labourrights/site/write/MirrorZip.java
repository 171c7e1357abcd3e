package org.labourrights.site.write;

import java.io.BufferedOutputStream;
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
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.labourrights.site.model.Urls;

/**
 * The mirror copy as one download on the main site, for a reader to keep, pass on or put on
 * another host: {@code /download/site-<day>.zip}, one folder {@code site-<day>/} inside, so that
 * unpacking it does not spill files. Dated by the build's clock (UTC day), the entries in name
 * order and stamped with that day, so the same site gives the same bytes all day.
 */
public final class MirrorZip {

    private MirrorZip() {
    }

    /** The zip's address on the main site for a build at {@code now}. */
    public static String address(Instant now) {
        return Urls.download(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** The folder inside, named as the zip is. */
    private static String name(Instant now) {
        String address = address(now);
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".zip".length());
    }

    /** Writes the zip of {@code mirror} into {@code site}; returns its size in bytes. */
    public static long write(Path mirror, Path site, Instant now) {
        Path zip = site.resolve(address(now).substring(1));
        FileTime stamp = FileTime.from(LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        try {
            Files.createDirectories(zip.getParent());
            List<Path> files;
            try (Stream<Path> tree = Files.walk(mirror)) {
                files = tree.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
                 ZipOutputStream entries = new ZipOutputStream(out)) {
                // The fastest level: the text still shrinks to about a fifth, at a fraction of the default's time.
                entries.setLevel(Deflater.BEST_SPEED);
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(name(now) + "/" + mirror.relativize(file).toString().replace('\\', '/'));
                    entry.setLastModifiedTime(stamp);
                    if (file.getFileName().toString().endsWith(".png")) {
                        // A PNG is deflated already: stored as it is, it is as small, and the cards
                        // (a third of the mirror's bytes) cost no compressing time.
                        byte[] bytes = Files.readAllBytes(file);
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(bytes.length);
                        entry.setCompressedSize(bytes.length);
                        entry.setCrc(crc.getValue());
                        entries.putNextEntry(entry);
                        entries.write(bytes);
                    } else {
                        entries.putNextEntry(entry);
                        Files.copy(file, entries);
                    }
                    entries.closeEntry();
                }
            }
            return Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
