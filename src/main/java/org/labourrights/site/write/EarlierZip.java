package org.labourrights.site.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The zip the build before made of its mirror, read for its entries' data as they stand in it
 * (deflated), so that a file of the mirror that did not change is copied into the new zip rather
 * than deflated again: the same bytes and the same deflater give the same data. Only a zip that
 * {@link MirrorZip} wrote is read: anything else in its place (another writer's, cut short,
 * damaged) is as no zip, and the files are deflated.
 */
final class EarlierZip implements AutoCloseable {

    /** One entry: how its data is stored, its checksum and sizes, and where its local header starts. */
    record Entry(int method, long crc, long compressedSize, long size, long offset) { }

    /** An entry's data as the zip holds it. */
    record Data(int method, long crc, long size, byte[] bytes) { }

    private static final EarlierZip NONE = new EarlierZip(null, Map.of());

    private final FileChannel channel;
    private final Map<String, Entry> entries;

    private EarlierZip(FileChannel channel, Map<String, Entry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /** The entries of {@code zip}, by their name inside its one folder; none when it is absent or not one of ours. */
    static EarlierZip open(Path zip) {
        if (zip == null) {
            return NONE;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(zip, StandardOpenOption.READ);
            Map<String, Entry> entries = directory(channel);
            if (entries.isEmpty()) {
                channel.close();
                return NONE;
            }
            return new EarlierZip(channel, entries);
        } catch (IOException | RuntimeException unreadable) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing was read from it
            }
            return NONE;
        }
    }

    /**
     * The data of the entry {@code name}, if the zip holds one of {@code size} bytes before
     * deflating; safe to call from many threads at once (positional reads).
     */
    Optional<Data> data(String name, long size) {
        Entry entry = entries.get(name);
        if (entry == null || entry.size() != size) {
            return Optional.empty();
        }
        try {
            ByteBuffer head = read(entry.offset(), 30);
            if (head.getInt(0) != MirrorZip.LOCAL_HEADER) {
                return Optional.empty();
            }
            long start = entry.offset() + 30 + (head.getShort(26) & 0xFFFF) + (head.getShort(28) & 0xFFFF);
            byte[] bytes = read(start, Math.toIntExact(entry.compressedSize())).array();
            return Optional.of(new Data(entry.method(), entry.crc(), entry.size(), bytes));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the zip ends before its entry does");
            }
        }
        return buffer.flip();
    }

    /**
     * The central directory, found from the end record as {@link MirrorZip} writes it (no comment;
     * a Zip64 end when it says so); empty when the file is not laid out so.
     */
    private static Map<String, Entry> directory(FileChannel channel) throws IOException {
        EarlierZip zip = new EarlierZip(channel, Map.of());
        long length = channel.size();
        if (length < 22) {
            return Map.of();
        }
        ByteBuffer end = zip.read(length - 22, 22);
        if (end.getInt(0) != MirrorZip.END) {
            return Map.of();
        }
        long count = end.getShort(10) & 0xFFFF;
        long size = end.getInt(12) & 0xFFFFFFFFL;
        long start = end.getInt(16) & 0xFFFFFFFFL;
        if (count == 0xFFFF || size == 0xFFFFFFFFL || start == 0xFFFFFFFFL) {
            ByteBuffer locator = zip.read(length - 22 - 20, 20);
            if (locator.getInt(0) != MirrorZip.ZIP64_LOCATOR) {
                return Map.of();
            }
            ByteBuffer end64 = zip.read(locator.getLong(8), 56);
            if (end64.getInt(0) != MirrorZip.ZIP64_END) {
                return Map.of();
            }
            count = end64.getLong(32);
            size = end64.getLong(40);
            start = end64.getLong(48);
        }
        ByteBuffer directory = zip.read(start, Math.toIntExact(size));
        Map<String, Entry> entries = new HashMap<>((int) Math.min(count, 1 << 20) * 4 / 3 + 16);
        for (long i = 0; i < count; i++) {
            int at = directory.position();
            if (directory.getInt(at) != MirrorZip.CENTRAL_HEADER) {
                return Map.of();
            }
            int method = directory.getShort(at + 10) & 0xFFFF;
            long crc = directory.getInt(at + 16) & 0xFFFFFFFFL;
            long compressed = directory.getInt(at + 20) & 0xFFFFFFFFL;
            long plain = directory.getInt(at + 24) & 0xFFFFFFFFL;
            int nameLength = directory.getShort(at + 28) & 0xFFFF;
            int extraLength = directory.getShort(at + 30) & 0xFFFF;
            int commentLength = directory.getShort(at + 32) & 0xFFFF;
            long offset = directory.getInt(at + 42) & 0xFFFFFFFFL;
            byte[] name = new byte[nameLength];
            directory.get(at + 46, name);
            if (offset == 0xFFFFFFFFL) {
                // MirrorZip's Zip64 extra field holds the offset alone: tag 1, eight bytes.
                offset = directory.getLong(at + 46 + nameLength + 4);
            }
            directory.position(at + 46 + nameLength + extraLength + commentLength);
            String full = new String(name, StandardCharsets.UTF_8);
            int folder = full.indexOf('/');
            if (folder < 0) {
                return Map.of();
            }
            entries.put(full.substring(folder + 1), new Entry(method, crc, compressed, plain, offset));
        }
        return entries;
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
