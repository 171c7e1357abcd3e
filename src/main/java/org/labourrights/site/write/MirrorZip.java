package org.labourrights.site.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.labourrights.site.model.Urls;

/**
 * The mirror copy as one download on the main site, for a reader to keep, pass on or put on
 * another host: {@code /download/site-<day>.zip}, one folder {@code site-<day>/} inside, so that
 * unpacking it does not spill files. Dated by the build's clock (UTC day), the entries in name
 * order and stamped with that day, so the same site gives the same bytes all day. It is fed the
 * mirror's files as {@link MirrorCopy} makes them, rather than reading the mirror back.
 */
public final class MirrorZip implements AutoCloseable {

    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END = 0x06054b50;
    static final int ZIP64_END = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;
    /** Version 2.0 reads deflate; 4.5 is needed for the Zip64 end records of more than 65,535 entries. */
    private static final int VERSION = 20;
    private static final int VERSION_ZIP64 = 45;
    /** General purpose flag bit 11: the names are UTF-8. */
    private static final int UTF8_NAMES = 0x0800;

    /** One entry as written: what the central directory repeats about it. */
    private record Written(byte[] name, int method, long crc, long compressedSize, long size, long offset) { }

    /** One file, deflated (or not, or copied from the zip before) on any thread, waiting to be written in its place. */
    private record Packed(byte[] name, int method, long crc, int size, byte[] data, boolean copied) { }

    /**
     * One deflater a thread, reset for each file rather than made anew: each new one allocates
     * zlib's state outside the heap, and the mirror has 34,000 files at 5,000 docs/lang. The
     * fastest level: the text still shrinks to about a fifth, at a fraction of the default's
     * time. Raw deflate (no zlib header), as a zip holds it.
     */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private final Path file;
    private final String folder;
    private final int dosTime;
    private final int dosDate;
    private final OutputStream out;
    private final EarlierZip earlier;
    private final List<Written> written = new ArrayList<>();
    private long offset;
    private int copied;
    private boolean finished;

    private MirrorZip(Path file, Instant now, EarlierZip earlier) throws IOException {
        this.file = file;
        this.earlier = earlier;
        this.folder = name(now) + "/";
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // Midnight of the build's day: time 0, and the date in MS-DOS's fields.
        this.dosTime = 0;
        this.dosDate = (day.getYear() - 1980) << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
        Files.createDirectories(file.getParent());
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Starts the zip for a build at {@code now} in {@code site}, at {@link #address}, with no zip made before. */
    public static MirrorZip open(Path site, Instant now) {
        return open(site, now, null);
    }

    /**
     * Starts the zip for a build at {@code now} in {@code site}, at {@link #address}. A file the
     * mirror kept unchanged ({@link MirrorCopy.MirrorFile#kept}) is copied from {@code earlier},
     * the zip of that earlier mirror (null when there is none), as it stands there, deflated.
     */
    public static MirrorZip open(Path site, Instant now, Path earlier) {
        EarlierZip before = EarlierZip.open(earlier);
        try {
            return new MirrorZip(site.resolve(address(now).substring(1)), now, before);
        } catch (IOException | RuntimeException e) {
            before.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
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

    /**
     * Adds files, each after those added before: the caller gives them in name order. They are
     * deflated over all cores, then written one after the other: {@code ZipOutputStream} deflates
     * on the one thread that writes, which at 5,000 docs/lang was busy 5.5 s of the mirror's
     * 6.4 s of copying beside it.
     */
    public void add(List<MirrorCopy.MirrorFile> files) {
        List<Packed> packed = files.parallelStream().map(this::pack).toList();
        try {
            for (Packed entry : packed) {
                write(entry);
                copied += entry.copied() ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Packed pack(MirrorCopy.MirrorFile mirrored) {
        byte[] name = (folder + mirrored.name()).getBytes(StandardCharsets.UTF_8);
        Optional<EarlierZip.Data> kept = mirrored.kept() == null ? Optional.empty()
                : earlier.data(mirrored.kept().nameBefore(), size(mirrored.kept().file()));
        if (kept.isPresent()) {
            EarlierZip.Data data = kept.get();
            return new Packed(name, data.method(), data.crc(), Math.toIntExact(data.size()), data.bytes(), true);
        }
        byte[] bytes = mirrored.read();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (mirrored.name().endsWith(".png")) {
            // A PNG is deflated already: stored as it is, it is as small, at no compressing time.
            return new Packed(name, ZipEntry.STORED, crc.getValue(), bytes.length, bytes, false);
        }
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        // Deflated text is a fifth of its size or less; a picture or packed data may grow a little.
        byte[] deflated = new byte[bytes.length / 4 + 64];
        int size = 0;
        while (!deflater.finished()) {
            if (size == deflated.length) {
                deflated = Arrays.copyOf(deflated, deflated.length * 2);
            }
            size += deflater.deflate(deflated, size, deflated.length - size);
        }
        return new Packed(name, ZipEntry.DEFLATED, crc.getValue(), bytes.length, Arrays.copyOf(deflated, size), false);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local header, then the data; no entry is near 4 GB, so the sizes fit the header's fields. */
    private void write(Packed entry) throws IOException {
        written.add(new Written(entry.name(), entry.method(), entry.crc(), entry.data().length, entry.size(), offset));
        ByteBuffer header = little(30);
        header.putInt(LOCAL_HEADER).putShort((short) VERSION).putShort((short) UTF8_NAMES)
                .putShort((short) entry.method()).putShort((short) dosTime).putShort((short) dosDate)
                .putInt((int) entry.crc()).putInt(entry.data().length).putInt(entry.size())
                .putShort((short) entry.name().length).putShort((short) 0);
        emit(header.array());
        emit(entry.name());
        emit(entry.data());
    }

    /**
     * The central directory and its end. With more than 65,535 entries (the mirror of 10,000
     * docs/lang has about 68,000) or offsets past 4 GB, the end is a Zip64 one, which every
     * current unzip reads.
     */
    private void writeDirectory() throws IOException {
        long start = offset;
        for (Written entry : written) {
            boolean far = entry.offset() >= 0xFFFFFFFFL;
            ByteBuffer header = little(46);
            header.putInt(CENTRAL_HEADER).putShort((short) (far ? VERSION_ZIP64 : VERSION))
                    .putShort((short) (far ? VERSION_ZIP64 : VERSION)).putShort((short) UTF8_NAMES)
                    .putShort((short) entry.method()).putShort((short) dosTime).putShort((short) dosDate)
                    .putInt((int) entry.crc()).putInt((int) entry.compressedSize()).putInt((int) entry.size())
                    .putShort((short) entry.name().length).putShort((short) (far ? 12 : 0))
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(far ? -1 : (int) entry.offset());
            emit(header.array());
            emit(entry.name());
            if (far) {
                emit(little(12).putShort((short) 1).putShort((short) 8).putLong(entry.offset()).array());
            }
        }
        long size = offset - start;
        boolean zip64 = written.size() > 0xFFFF || start >= 0xFFFFFFFFL || size >= 0xFFFFFFFFL;
        if (zip64) {
            long end64 = offset;
            emit(little(56).putInt(ZIP64_END).putLong(44).putShort((short) VERSION_ZIP64).putShort((short) VERSION_ZIP64)
                    .putInt(0).putInt(0).putLong(written.size()).putLong(written.size()).putLong(size).putLong(start)
                    .array());
            emit(little(20).putInt(ZIP64_LOCATOR).putInt(0).putLong(end64).putInt(1).array());
        }
        // As ZipOutputStream does: a field that overflows says so (all ones), the others keep their values.
        int entries = Math.min(written.size(), 0xFFFF);
        emit(little(22).putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                .putShort((short) entries).putInt((int) Math.min(size, 0xFFFFFFFFL)).putInt((int) Math.min(start, 0xFFFFFFFFL))
                .putShort((short) 0).array());
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void emit(byte[] bytes) throws IOException {
        out.write(bytes);
        offset += bytes.length;
    }

    /** How many entries so far were copied from the zip before rather than deflated. */
    public int copied() {
        return copied;
    }

    /** Finishes the zip; its size in bytes. */
    public long finish() {
        try {
            writeDirectory();
            finished = true;
            out.close();
            earlier.close();
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the file; a zip not finished is left incomplete, for the failed build's folder to be swept. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            earlier.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
