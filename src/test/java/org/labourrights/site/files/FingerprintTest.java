package org.labourrights.site.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Equal fingerprints mean the same inputs, and any change to a file, its name or a value gives another. */
class FingerprintTest {

    @Test
    void theSameFilesGiveTheSameFingerprintWhereverTheFolderIs(@TempDir Path work) throws IOException {
        write(work.resolve("one/a.md"), "Елшибаев");
        write(work.resolve("one/sub/b.md"), "text");
        write(work.resolve("two/sub/b.md"), "text");
        write(work.resolve("two/a.md"), "Елшибаев");

        assertEquals(tree(work.resolve("one")), tree(work.resolve("two")));
    }

    @Test
    void aChangedByteARenamedFileOrAnAddedEmptyFileGivesAnotherFingerprint(@TempDir Path work) throws IOException {
        Path folder = work.resolve("content");
        write(folder.resolve("a.md"), "abc");
        String first = tree(folder);

        write(folder.resolve("a.md"), "abd");
        assertNotEquals(first, tree(folder), "a changed byte");
        write(folder.resolve("a.md"), "abc");
        assertEquals(first, tree(folder), "the same bytes again");
        Files.move(folder.resolve("a.md"), folder.resolve("b.md"));
        assertNotEquals(first, tree(folder), "a renamed file");
        Files.move(folder.resolve("b.md"), folder.resolve("a.md"));
        write(folder.resolve("empty.md"), "");
        assertNotEquals(first, tree(folder), "an added empty file");
    }

    @Test
    void bytesMovedFromOneFileToTheNextGiveAnotherFingerprint(@TempDir Path work) throws IOException {
        write(work.resolve("one/a"), "ab");
        write(work.resolve("one/b"), "c");
        write(work.resolve("two/a"), "a");
        write(work.resolve("two/b"), "bc");

        assertNotEquals(tree(work.resolve("one")), tree(work.resolve("two")));
        assertNotEquals(new Fingerprint().value("a", "bc").hex(), new Fingerprint().value("ab", "c").hex());
    }

    @Test
    void aMissingFolderFileOrValueIsNotAnEmptyOne(@TempDir Path work) throws IOException {
        Files.createDirectories(work.resolve("empty"));
        write(work.resolve("blank"), "");

        assertNotEquals(tree(work.resolve("empty")), tree(work.resolve("missing")));
        assertNotEquals(new Fingerprint().file("f", work.resolve("blank")).hex(),
                new Fingerprint().file("f", work.resolve("missing")).hex());
        assertNotEquals(new Fingerprint().value("URL", "").hex(), new Fingerprint().value("URL", null).hex());
    }

    @Test
    void aLibraryIsKnownByItsPathSizeAndTime(@TempDir Path work) throws IOException {
        Path jar = write(work.resolve("lib-1.0.jar"), "jar");
        Path other = write(work.resolve("lib-1.1.jar"), "jar");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(jar));
        String first = new Fingerprint().stamp("library", jar).hex();

        assertEquals(first, new Fingerprint().stamp("library", jar).hex());
        assertNotEquals(first, new Fingerprint().stamp("library", other).hex(), "another version");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertNotEquals(first, new Fingerprint().stamp("library", jar).hex(), "the same name, replaced");
    }

    @Test
    void aListingChangesWhenAFileIsSavedAgain(@TempDir Path work) throws IOException {
        Path file = write(work.resolve("content/a.md"), "abc");
        String listed = new Fingerprint().listing("content", work.resolve("content")).hex();

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));

        assertNotEquals(listed, new Fingerprint().listing("content", work.resolve("content")).hex());
    }

    private static String tree(Path folder) {
        return new Fingerprint().tree("content", folder).hex();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
