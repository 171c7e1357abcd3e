package org.labourrights.site.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.labourrights.site.content.Problem;
import org.labourrights.site.files.FolderTree;

/**
 * What a finished build leaves beside the site it published ({@code target/.site.stamp} for
 * {@code target/site}): the fingerprint of everything the site was made from, the time span in
 * which those inputs make exactly this site, the two folders it wrote (the site and its mirror
 * copy, by their identity on disk), what it reported and the warnings it gave.
 *
 * <p>A build whose inputs have the same fingerprint, inside that span, over the same two folders,
 * would write the same bytes: it leaves the site as it is. The span ends at the next moment the
 * site would change by itself: an embargo ending, or the day turning (a case's status is due for
 * checking by the day, a campaign's deadline passes, the mirror's zip is named by the day).
 *
 * <p>A stamp is forgotten before a build starts to write, and written only once the site is
 * published: a failed or interrupted build leaves none, and the next build is a full one.
 *
 * @param inputs    the fingerprint of what the site was made from
 * @param generator the fingerprint of what made it: the generator's classes and libraries, the JVM,
 *                  JBake's settings and content/data/ (the records' fingerprint, which covers them)
 * @param listing   the project's files by path, size and time as the build found them: a build
 *                  that lists the same is likely to find the site up to date
 * @param madeAt    the moment the build judged embargoes by
 * @param holdsUntil the first moment at which the same inputs make another site
 * @param site      the site folder's identity on disk
 * @param mirror    the mirror copy's folder's identity on disk
 * @param documents how many documents the build published
 * @param files     the pages and data files it wrote
 * @param bytes     their size
 * @param zipAddress the mirror zip's address on the site
 * @param zipBytes  the zip's size
 * @param warnings  what the build told the editor to look at
 */
public record SiteStamp(String inputs, String generator, String listing, Instant madeAt, Instant holdsUntil, String site,
                        String mirror, int documents, int files, long bytes, String zipAddress, long zipBytes,
                        List<Problem> warnings) {

    /** The kind of file it is beside the site: {@code target/.site.stamp}. */
    private static final String BESIDE = "stamp";

    public SiteStamp {
        warnings = List.copyOf(warnings);
    }

    /** The stamp of the site in {@code site}, as a finished build made it; empty when there is none or it cannot be read. */
    public static Optional<SiteStamp> read(Path site) {
        List<String> lines;
        try {
            lines = Files.readAllLines(fileOf(site), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fields = new HashMap<>();
        List<Problem> warnings = new ArrayList<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String key = line.substring(0, equals);
            String value = line.substring(equals + 1);
            if (key.equals("warning")) {
                String[] parts = value.split("\t", 3);
                if (parts.length != 3) {
                    return Optional.empty();
                }
                try {
                    warnings.add(new Problem(unescape(parts[0]), Integer.parseInt(parts[1]), unescape(parts[2])));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else {
                fields.put(key, value);
            }
        }
        try {
            return Optional.of(new SiteStamp(fields.get("inputs"), Objects.requireNonNull(fields.get("generator")),
                    Objects.requireNonNull(fields.get("listing")), Instant.parse(fields.get("made")),
                    Instant.parse(fields.get("until")), fields.get("site"), fields.get("mirror"),
                    Integer.parseInt(fields.get("documents")), Integer.parseInt(fields.get("files")),
                    Long.parseLong(fields.get("bytes")), fields.get("zip"), Long.parseLong(fields.get("zipBytes")),
                    warnings));
        } catch (NullPointerException | NumberFormatException | DateTimeParseException e) {
            // A stamp another version wrote, or one cut short: it proves nothing, so the build runs.
            return Optional.empty();
        }
    }

    /** Deletes the stamp of {@code site}, before anything in the site or its mirror can change. */
    public static void forget(Path site) {
        FolderTree.deleteBeside(site, BESIDE);
    }

    /** Writes this stamp beside {@code site}, in one step: a reader sees the whole stamp or none. */
    public void write(Path site) {
        StringBuilder text = new StringBuilder();
        text.append("inputs=").append(inputs).append('\n')
                .append("generator=").append(generator).append('\n')
                .append("listing=").append(listing).append('\n')
                .append("made=").append(madeAt).append('\n')
                .append("until=").append(holdsUntil).append('\n')
                .append("site=").append(this.site).append('\n')
                .append("mirror=").append(mirror).append('\n')
                .append("documents=").append(documents).append('\n')
                .append("files=").append(files).append('\n')
                .append("bytes=").append(bytes).append('\n')
                .append("zip=").append(zipAddress).append('\n')
                .append("zipBytes=").append(zipBytes).append('\n');
        for (Problem warning : warnings) {
            text.append("warning=").append(escape(warning.file())).append('\t').append(warning.line()).append('\t')
                    .append(escape(warning.message())).append('\n');
        }
        FolderTree.writeBeside(site, BESIDE, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }

    /**
     * Whether a build with {@code inputs} at {@code now} would write exactly the site this stamp
     * describes, in the folders as they now are.
     */
    public boolean describes(String inputs, Instant now, Path site, Path mirror) {
        return this.inputs.equals(inputs) && !now.isBefore(madeAt) && now.isBefore(holdsUntil)
                && this.site.equals(identity(site)) && this.mirror.equals(identity(mirror));
    }

    /**
     * Whether the build that wrote this stamp ran {@code generator} and made both folders as they
     * now are: its mirror copy is then what this generator makes of that site, file by file.
     */
    public boolean madeBoth(String generator, Path site, Path mirror) {
        return this.generator.equals(generator) && this.site.equals(identity(site)) && this.mirror.equals(identity(mirror));
    }

    /**
     * A folder's identity on disk: its file key (device and inode where the system has them) and
     * its creation time. A folder put in its place by anything but the build that stamped it has
     * another; a folder that is missing has none ("absent"), which no stamp holds.
     */
    public static String identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory() ? attributes.fileKey() + "@" + attributes.creationTime() : "absent";
        } catch (IOException e) {
            return "absent";
        }
    }

    private static Path fileOf(Path site) {
        return FolderTree.beside(site, BESIDE);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
