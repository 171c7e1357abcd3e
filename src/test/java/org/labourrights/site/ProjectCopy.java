package org.labourrights.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.labourrights.site.cli.SiteCommand;

/**
 * A project in a temporary folder, with this repository's templates and assets and either the
 * frozen fixture content (the usual case: tests that specify code) or the real content (tests of
 * what must hold for any valid content), which a test may then change the way an editor would,
 * and build with the real command.
 */
public final class ProjectCopy {

    public static final Path REAL_PROJECT = Path.of("").toAbsolutePath();
    /** The frozen content the tests pin facts on (its README says why); it has content/ only. */
    public static final Path FIXTURE = REAL_PROJECT.resolve("src/test/resources/fixture-site");

    private final Path root;

    private ProjectCopy(Path root) {
        this.root = root;
    }

    /** The fixture site's content with the real templates and assets. */
    public static ProjectCopy of(Path folder) {
        return from(FIXTURE, folder);
    }

    /** The real content, as editors last committed it, with the real templates and assets. */
    public static ProjectCopy ofRealContent(Path folder) {
        return from(REAL_PROJECT, folder);
    }

    private static ProjectCopy from(Path contentProject, Path folder) {
        copyTree(contentProject.resolve("content"), folder.resolve("content"));
        for (String part : List.of("templates", "assets")) {
            copyTree(REAL_PROJECT.resolve(part), folder.resolve(part));
        }
        return new ProjectCopy(folder);
    }

    public Path root() {
        return root;
    }

    /** Writes (or overwrites) a file, given relative to the project, as an editor would save it. */
    public Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What `build` printed and the exit code it ended with. */
    public record Outcome(int exitCode, String out, String err) { }

    public Outcome build(Path site) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SiteCommand.run(new String[] {"build", root.toString(), site.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file of a folder with a hash of its bytes: equal maps mean byte-identical trees. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** A copy of a built site, for a test that builds over it and checks it was left alone. */
    public static Path copyOf(Path site, Path to) {
        copyTree(site, to);
        return to;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
