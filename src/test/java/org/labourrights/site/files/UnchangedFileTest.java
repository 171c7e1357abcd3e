package org.labourrights.site.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnchangedFileTest {

    @TempDir
    Path work;

    @Test
    void aFileTheEarlierFolderHoldsAsItIsIsThatFileLinked() throws IOException {
        Path earlier = write("earlier.html", "<p>the same</p>");
        Path file = work.resolve("fresh.html");

        assertTrue(UnchangedFile.write(file, bytes("<p>the same</p>"), earlier));

        assertTrue(Files.isSameFile(file, earlier));
    }

    @Test
    void aChangedFileIsWrittenNewAndTheEarlierOneKeepsItsBytes() throws IOException {
        Path earlier = write("earlier.html", "<p>before</p>");
        Path file = work.resolve("fresh.html");

        assertFalse(UnchangedFile.write(file, bytes("<p>after!</p>"), earlier));

        assertFalse(Files.isSameFile(file, earlier));
        assertArrayEquals(bytes("<p>after!</p>"), Files.readAllBytes(file));
        assertArrayEquals(bytes("<p>before</p>"), Files.readAllBytes(earlier));
    }

    @Test
    void writingOverANameLinkedToTheEarlierFileNeverWritesIntoIt() throws IOException {
        Path earlier = write("earlier.html", "<p>published</p>");
        Path file = work.resolve("fresh.html");
        UnchangedFile.write(file, bytes("<p>published</p>"), earlier);

        UnchangedFile.write(file, bytes("<p>rewritten</p>"), null);

        assertArrayEquals(bytes("<p>rewritten</p>"), Files.readAllBytes(file));
        assertArrayEquals(bytes("<p>published</p>"), Files.readAllBytes(earlier));
    }

    @Test
    void withoutAnEarlierFileTheBytesAreWritten() throws IOException {
        Path file = work.resolve("fresh.json");

        assertFalse(UnchangedFile.write(file, bytes("[1,2]"), work.resolve("missing.json")));

        assertArrayEquals(bytes("[1,2]"), Files.readAllBytes(file));
    }

    @Test
    void onlyTheGivenPartOfTheBufferIsCompared() throws IOException {
        Path earlier = write("earlier.json", "[1,2]");
        byte[] buffer = bytes("xx[1,2]yyyy");

        assertTrue(UnchangedFile.write(work.resolve("fresh.json"), buffer, 2, 5, earlier));
        assertFalse(UnchangedFile.write(work.resolve("longer.json"), buffer, 2, 6, earlier));

        assertArrayEquals(bytes("[1,2]y"), Files.readAllBytes(work.resolve("longer.json")));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
