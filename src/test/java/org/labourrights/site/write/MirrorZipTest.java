package org.labourrights.site.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror's zip, read back by Java's two zip readers: its directory, and its entries one after another. */
class MirrorZipTest {

    private static final Instant BUILT = Instant.parse("2026-12-07T15:30:00Z");

    @TempDir
    Path site;

    private Path zip(List<MirrorCopy.MirrorFile> files) {
        return zip(site, BUILT, files, null).file();
    }

    /** A zip made in {@code into} at {@code built}, taking kept files from {@code earlier}; and how many it copied. */
    private record Made(Path file, int copied) { }

    private static Made zip(Path into, Instant built, List<MirrorCopy.MirrorFile> files, Path earlier) {
        try (MirrorZip zip = MirrorZip.open(into, built, earlier)) {
            for (int from = 0; from < files.size(); from += 256) {
                zip.add(files.subList(from, Math.min(files.size(), from + 256)));
            }
            zip.finish();
            return new Made(into.resolve(MirrorZip.address(built).substring(1)), zip.copied());
        }
    }

    /** A file the mirror kept from the copy before: on disk in {@code folder}, holding {@code text}. */
    private static MirrorCopy.MirrorFile kept(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new MirrorCopy.MirrorFile(name, null, new MirrorCopy.Kept(file, name));
    }

    private static MirrorCopy.MirrorFile file(String name, String text) {
        return new MirrorCopy.MirrorFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyFileIsInTheDaysFolderWithItsBytesAndItsDay() throws IOException {
        byte[] picture = new byte[5000];
        new java.util.Random(7).nextBytes(picture);
        List<MirrorCopy.MirrorFile> files = List.of(
                file("en/index.html", "<p>Strike in Zhanaozen</p>".repeat(200)),
                new MirrorCopy.MirrorFile("assets/a.png", picture),
                file("ru/index.html", "<p>Забастовка в Жанаозене, ә ғ қ ң ө ұ ү һ і ў</p>".repeat(200)),
                file("ru/empty.txt", ""));
        Path zip = zip(files);
        try (ZipFile read = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            read.stream().forEach(entry -> names.add(entry.getName()));
            assertEquals(List.of("site-2026-12-07/en/index.html", "site-2026-12-07/assets/a.png",
                    "site-2026-12-07/ru/index.html", "site-2026-12-07/ru/empty.txt"), names, "in the order given");
            for (MirrorCopy.MirrorFile file : files) {
                ZipEntry entry = read.getEntry("site-2026-12-07/" + file.name());
                try (InputStream in = read.getInputStream(entry)) {
                    assertArrayEquals(file.bytes(), in.readAllBytes(), file.name());
                }
                assertEquals(file.name().endsWith(".png") ? ZipEntry.STORED : ZipEntry.DEFLATED, entry.getMethod(),
                        file.name() + ": a picture is stored, a text deflated");
                assertEquals("2026-12-07T00:00", entry.getTimeLocal().toString(), file.name());
            }
            assertEquals(true, read.getEntry("site-2026-12-07/ru/index.html").getCompressedSize() < 1000,
                    "a repetitive page shrinks");
        }
        assertEquals(read(zip), read(zip(files)), "read in order, the same entries");
    }

    @Test
    void theSameFilesOnTheSameDayGiveTheSameBytes() throws IOException {
        List<MirrorCopy.MirrorFile> files = List.of(file("a.html", "a".repeat(3000)), file("b/c.css", "body{}"));
        byte[] first = Files.readAllBytes(zip(files));
        assertArrayEquals(first, Files.readAllBytes(zip(files)));
    }

    @Test
    void moreThan65535FilesAreAllListed() throws IOException {
        List<MirrorCopy.MirrorFile> files = IntStream.range(0, 70_000)
                .mapToObj(i -> file("d/" + i + ".js", "searchIndexFile({\"n\":" + i + "});\n")).toList();
        Path zip = zip(files);
        try (ZipFile read = new ZipFile(zip.toFile())) {
            assertEquals(70_000, read.size(), "the Zip64 end counts past 65,535");
            try (InputStream in = read.getInputStream(read.getEntry("site-2026-12-07/d/69999.js"))) {
                assertEquals("searchIndexFile({\"n\":69999});\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(70_000, read(zip).size());
    }

    @Test
    void aKeptFileIsCopiedAsTheZipBeforeHoldsItWithoutReadingTheFile(@TempDir Path next, @TempDir Path mirror)
            throws IOException {
        Path before = zip(List.of(file("en/index.html", "<p>Strike in Zhanaozen</p>".repeat(50)), file("ru/a.css", "body{}")));
        // Same size, other bytes: only a zip that copies the entry, rather than reading the file, holds the first text.
        Made made = zip(next, BUILT.plusSeconds(86_400), List.of(
                kept(mirror, "en/index.html", "<p>STRIKE IN ZHANAOZEN</p>".repeat(50)),
                kept(mirror, "ru/a.css", "BODY{}")), before);
        assertEquals(2, made.copied());
        Map<String, String> read = read(made.file());
        assertEquals(List.of("site-2026-12-08/en/index.html", "site-2026-12-08/ru/a.css"), List.copyOf(read.keySet()),
                "named for the new day");
        assertEquals("body{}", read.get("site-2026-12-08/ru/a.css"));
        assertEquals("<p>Strike in Zhanaozen</p>".repeat(50), read.get("site-2026-12-08/en/index.html"));
    }

    @Test
    void aKeptFileTheZipBeforeLacksOrHoldsAtAnotherSizeIsReadAndDeflated(@TempDir Path next, @TempDir Path mirror)
            throws IOException {
        Path before = zip(List.of(file("a.html", "old text")));
        Made made = zip(next, BUILT, List.of(kept(mirror, "a.html", "a longer text"), kept(mirror, "b.html", "new")), before);
        assertEquals(0, made.copied());
        assertEquals(Map.of("site-2026-12-07/a.html", "a longer text", "site-2026-12-07/b.html", "new"), read(made.file()));
    }

    @Test
    void aZipThatTheMirrorDidNotWriteIsNotCopiedFrom(@TempDir Path next, @TempDir Path mirror) throws IOException {
        Path foreign = site.resolve("foreign.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(foreign))) {
            out.putNextEntry(new ZipEntry("site-2026-12-07/a.html"));
            out.write("AAAA".getBytes(StandardCharsets.UTF_8));
            out.setComment("not ours");
        }
        Made made = zip(next, BUILT, List.of(kept(mirror, "a.html", "BBBB")), foreign);
        assertEquals(0, made.copied());
        assertEquals(Map.of("site-2026-12-07/a.html", "BBBB"), read(made.file()));
        Files.write(foreign, new byte[] {1, 2, 3});
        assertEquals(0, zip(next, BUILT, List.of(kept(mirror, "a.html", "BBBB")), foreign).copied(), "nor a damaged one");
    }

    @Test
    void aZipOfMoreThan65535KeptFilesIsTheZipBeforeByteForByte(@TempDir Path next, @TempDir Path mirror)
            throws IOException {
        List<MirrorCopy.MirrorFile> files = IntStream.range(0, 70_000)
                .mapToObj(i -> file("d/" + i + ".js", "searchIndexFile({\"n\":" + i + "});\n")).toList();
        Path before = zip(files);
        List<MirrorCopy.MirrorFile> kept = new ArrayList<>();
        for (MirrorCopy.MirrorFile file : files) {
            kept.add(kept(mirror, file.name(), new String(file.bytes(), StandardCharsets.UTF_8)));
        }
        Made made = zip(next, BUILT, kept, before);
        assertEquals(70_000, made.copied(), "every entry found through the Zip64 end");
        assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(made.file()));
    }

    /** Each entry's name and bytes as a stream reader finds them, by the local headers alone. */
    private static Map<String, String> read(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream stream = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = stream.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }
}
