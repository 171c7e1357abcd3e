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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror's zip, read back by Java's two zip readers: its directory, and its entries one after another. */
class MirrorZipTest {

    private static final Instant BUILT = Instant.parse("2026-12-07T15:30:00Z");

    @TempDir
    Path site;

    private Path zip(List<MirrorCopy.MirrorFile> files) {
        try (MirrorZip zip = MirrorZip.open(site, BUILT)) {
            for (int from = 0; from < files.size(); from += 256) {
                zip.add(files.subList(from, Math.min(files.size(), from + 256)));
            }
            zip.finish();
        }
        return site.resolve(MirrorZip.address(BUILT).substring(1));
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
