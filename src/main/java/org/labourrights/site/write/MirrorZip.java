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
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.labourrights.site.model.Urls;

/**
 * The mirror copy as one download on the main site, for a reader to keep, pass on or put on
 * another host: {@code /download/site-<day>.zip}, one folder {@code site-<day>/} inside, so that
 * unpacking it does not spill files. Dated by the build's clock (UTC day), the entries in name
 * order and stamped with that day, so the same site gives the same bytes all day. It is fed the
 * mirror's files as {@link MirrorCopy} makes them, rather than reading the mirror back.
 */
public final class MirrorZip implements AutoCloseable {

    private final Path file;
    private final String folder;
    private final FileTime stamp;
    private final ZipOutputStream entries;

    private MirrorZip(Path file, Instant now) throws IOException {
        this.file = file;
        this.folder = name(now) + "/";
        this.stamp = FileTime.from(LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        Files.createDirectories(file.getParent());
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        entries = new ZipOutputStream(out);
        // The fastest level: the text still shrinks to about a fifth, at a fraction of the default's time.
        entries.setLevel(Deflater.BEST_SPEED);
    }

    /** Starts the zip for a build at {@code now} in {@code site}, at {@link #address}. */
    public static MirrorZip open(Path site, Instant now) {
        try {
            return new MirrorZip(site.resolve(address(now).substring(1)), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Adds files, each after those added before: the caller gives them in name order. */
    public void add(List<MirrorCopy.MirrorFile> files) {
        try {
            for (MirrorCopy.MirrorFile mirrored : files) {
                ZipEntry entry = new ZipEntry(folder + mirrored.name());
                entry.setLastModifiedTime(stamp);
                byte[] bytes = mirrored.bytes();
                if (mirrored.name().endsWith(".png")) {
                    // A PNG is deflated already: stored as it is, it is as small, at no compressing time.
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCompressedSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                entries.putNextEntry(entry);
                entries.write(bytes);
                entries.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the zip; its size in bytes. */
    public long finish() {
        close();
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            entries.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
