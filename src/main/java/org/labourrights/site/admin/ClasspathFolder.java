package org.labourrights.site.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies a folder of the classpath, such as {@code admin/decap/}, byte for byte into the site:
 * from {@code target/classes} when run by Maven, or from inside a jar.
 */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * @param folder  e.g. "admin/decap"
     * @param witness a file that must be in it, e.g. "decap-cms.js", to find the folder by
     * @return the number of files copied; 0 when the folder is not on the classpath
     */
    static int copy(String folder, String witness, Path target) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder + "/" + witness);
        if (url == null) {
            return 0;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyTree(jar.getPath(folder), target);
                }
            }
            return copyTree(Path.of(uri).getParent(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int copyTree(Path from, Path to) throws IOException {
        int copied = 0;
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
                copied++;
            }
        }
        return copied;
    }

    /** One file of the classpath as bytes. */
    static byte[] read(String resource) {
        try (var in = ClasspathFolder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
