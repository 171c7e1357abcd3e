package org.labourrights.site.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.labourrights.site.model.Language;

/**
 * Every file under {@code content/}, each either known for what it is (a document, a case, a data
 * file or a file to publish) or refused with what to do about it. This is the one list the build
 * reads from: nothing under {@code content/} is copied into the site as it is.
 *
 * <p>Why refuse rather than skip: an editor's backup {@code x.yaml~} or a merge leftover
 * {@code x.en.md.orig} holds what the file held, private notes and drafts included; an engine that
 * copies "everything else" publishes it. A refusal names the file and says what it is, so the
 * editor removes it on purpose. Symbolic links are refused for the same reason: a link to a file
 * outside the repository (on a build host, a key or the environment) would be read as content.
 */

public final class ContentInventory {

    /** What a file under content/ is. */
    public enum Kind { DOCUMENT, CASE, DATA, MEDIA }

    /** A file the build reads, with the path an editor knows it by. */
    public record Entry(Path file, String shown, Kind kind) { }

    /** The files of {@code content/data/}, each with its own reader. */
    public static final List<String> DATA_FILES = List.of("site.yaml", "tags.yaml");
    /** Where files published as they are (PDFs, pictures) live, and where they are served from. */
    public static final String MEDIA_FOLDER = "files";
    public static final String CASE_FOLDER = "cases";
    public static final String DATA_FOLDER = "data";

    private static final String HIDDEN_FOLDER = "a hidden folder, which the site does not publish; move what it"
            + " holds elsewhere, out of content/, and remove it";

    private final List<Entry> entries;
    private final List<Problem> problems;

    private ContentInventory(List<Entry> entries, List<Problem> problems) {
        this.entries = Collections.unmodifiableList(entries);
        this.problems = Collections.unmodifiableList(problems);
    }

    /**
     * Walks {@code content/} of a project, each folder in name order, depth first (the order
     * JBake's crawler visits files in), never following a link.
     */
    public static ContentInventory of(Path projectRoot) {
        Path content = projectRoot.resolve("content");
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            walk(projectRoot, content, content, entries, problems);
        }
        return new ContentInventory(entries, problems);
    }

    private static void walk(Path root, Path content, Path folder, List<Entry> entries, List<Problem> problems) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.unreadable(shown(root, folder), e));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    problems.add(new Problem(shown(root, child), 1, HIDDEN_FOLDER));
                } else {
                    walk(root, content, child, entries, problems);
                }
                continue;
            }
            try {
                classify(root, child).ifPresent(entries::add);
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
    }

    /** The files the build reads, in walking order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The same inventory with only the entries {@code kept} accepts, in the same order, and all
     * its problems: what an engine is given when the records of the other files are known already.
     */
    public ContentInventory only(Predicate<Entry> kept) {
        return new ContentInventory(entries.stream().filter(kept).toList(), problems);
    }

    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Every file refused, with what to do; the build publishes nothing while there is one. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * What one file under {@code content/} is; empty for a file that is ignored on purpose (a
     * {@code .gitkeep}, which keeps an empty folder in git and holds nothing).
     *
     * @throws ContentException when the file must not be there, with what to do about it
     */
    public static Optional<Entry> classify(Path projectRoot, Path file) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        Path content = root.resolve("content");
        String shown = shown(root, path);
        String name = path.getFileName().toString();
        if (Files.isSymbolicLink(path)) {
            throw refused(shown, "a symbolic link" + linkTarget(path) + "; the build reads only files that are really"
                    + " in content/, so that no link can publish a file from elsewhere: put the file itself here,"
                    + " or remove the link");
        }
        if (name.equals(".gitkeep")) {
            return Optional.empty();
        }
        String leftover = Leftovers.describe(name);
        if (leftover != null) {
            throw refused(shown, leftover + "; it is not a page of the site and may hold what must not be"
                    + " published (a draft, private notes): remove it");
        }
        Path relative = content.relativize(path);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                throw refused(shown(root, content.resolve(relative.subpath(0, i + 1))), HIDDEN_FOLDER);
            }
        }
        String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        String extension = extension(name);
        if (top.equals(MEDIA_FOLDER)) {
            MediaType.check(path, shown, name);
            return Optional.of(new Entry(path, shown, Kind.MEDIA));
        }
        if (top.equals(DATA_FOLDER) && relative.getNameCount() == 2) {
            if (DATA_FILES.contains(name)) {
                return Optional.of(new Entry(path, shown, Kind.DATA));
            }
            throw refused(shown, "content/data/ holds only " + String.join(" and ", DATA_FILES)
                    + (extension.equals("yml") && DATA_FILES.contains(stem(name) + ".yaml")
                            ? ": rename it to " + stem(name) + ".yaml" : "; move this file elsewhere, out of content/"));
        }
        if (top.equals(CASE_FOLDER) && relative.getNameCount() == 2 && (extension.equals("yaml") || extension.equals("yml"))) {
            if (extension.equals("yaml")) {
                return Optional.of(new Entry(path, shown, Kind.CASE));
            }
            Path twin = path.resolveSibling(stem(name) + ".yaml");
            throw refused(shown, Files.exists(twin, LinkOption.NOFOLLOW_LINKS)
                    ? "a second file for the case '" + stem(name) + "' beside " + shown(root, twin) + "; keep one of"
                            + " them (move what this one adds into the other) and remove this one"
                    : "a case file must end in .yaml: rename it to " + stem(name) + ".yaml");
        }
        return switch (extension) {
            case "md" -> Optional.of(new Entry(path, shown, Kind.DOCUMENT));
            case "markdown", "mdown", "mkd", "mkdn", "txt" -> throw refused(shown, "a text file the build does not read;"
                    + " documents end in .ru.md or .en.md: rename it to " + documentName(name));
            case "html", "htm", "xhtml" -> throw refused(shown, "an HTML file, which the site never publishes as it is"
                    + " (it could carry script or trackers); write the text in Markdown and save it as "
                    + documentName(name));
            case "yaml", "yml" -> throw refused(shown, "YAML files belong in content/cases/ (one file per case, ending"
                    + " in .yaml) or content/data/ (" + String.join(", ", DATA_FILES) + "); documents are Markdown"
                    + " files named <name>.ru.md or <name>.en.md");
            case "svg" -> throw refused(shown, "an SVG picture, which can carry script that would run from the"
                    + " site's own address; export it as PNG and put it in content/" + MEDIA_FOLDER + "/");
            case "pdf", "png", "jpg", "jpeg", "gif", "webp" -> throw refused(shown, "a file to publish as it is,"
                    + " outside content/" + MEDIA_FOLDER + "/; move it to content/" + MEDIA_FOLDER + "/" + name
                    + " and link to it as /" + MEDIA_FOLDER + "/" + name);
            default -> throw refused(shown, "a file the site does not publish; the build reads only documents"
                    + " (<name>.ru.md, <name>.en.md), case files (content/cases/<id>.yaml), "
                    + String.join(" and ", DATA_FILES) + " in content/data/, and PDF, PNG and JPEG files in content/"
                    + MEDIA_FOLDER + "/: remove it, or move it out of content/");
        };
    }

    private static ContentException refused(String shown, String message) {
        return new ContentException(new Problem(shown, 1, message));
    }

    private static String linkTarget(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    static String shown(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** "x.en.markdown" → "x.en.md"; "notes.txt" → "notes.ru.md or notes.en.md". */
    private static String documentName(String name) {
        String stem = stem(name);
        // Any language code: the inventory runs before the site's languages are read, and the
        // document's reader then names the site's own if this one is not.
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && Language.CODE.matcher(stem.substring(dot + 1)).matches()) {
            return stem + ".md";
        }
        return stem + ".ru.md or " + stem + ".en.md";
    }
}
