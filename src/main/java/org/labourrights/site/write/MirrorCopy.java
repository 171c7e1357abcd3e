package org.labourrights.site.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.labourrights.site.files.UnchangedFile;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.model.Urls;
import org.labourrights.site.render.MarkupText;
import org.labourrights.site.render.Messages;

/**
 * A copy of the written site whose links are all relative, so that it works from any host, any
 * sub-path or opened from disk where the main site is blocked. Made from the written files rather
 * than at render time because the templates make addresses in many places (links, assets, cards,
 * the search page's data); one pass over the output cannot miss one of them.
 *
 * <p>Absolute addresses ({@code https://…}) stay as written: canonical, hreflang and Open Graph
 * meta keep naming the main site. A link to a folder gets its {@code index.html}, which a browser
 * reading from disk does not add by itself.
 */
public final class MirrorCopy {

    /**
     * What the mirror leaves out: the web editor, which needs the main site's login; the host's
     * files, which other hosts do not read; and the share cards, which only a messenger fetches,
     * by the full address on the main site that og:image names (no page shows one), and which are
     * most of the site's bytes (50 of 70 MB of the zip at 1,000 docs/lang); and the download,
     * which is the zip being made of the mirror.
     */
    /** The folder of the search index, whose files the mirror makes scripts of. */
    private static final String SEARCH = "search";

    private static final List<String> LEFT_OUT = List.of("admin", "_redirects", "_headers", "cards", "download");

    /** The attributes whose root-absolute address the mirror makes relative. */
    private static final Set<String> LINKS = Set.of("href", "src", "action", "poster");
    /** The attributes of the search page's index folder, and of pictures' sources. */
    private static final String INDEX_ATTRIBUTE = "data-index";
    private static final String SOURCES_ATTRIBUTE = "srcset";
    /** The attributes the mirror may write again: only their values are decoded. */
    private static final Set<String> REWRITTEN = Stream.concat(LINKS.stream(), Stream.of(INDEX_ATTRIBUTE, SOURCES_ATTRIBUTE))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * The pattern begins with its literal text, so that Java looks for it by Boyer-Moore rather
     * than trying the whole pattern at every character (a leading group or class did that, and
     * took most of the copy's time).
     */
    private static final Pattern SEARCH_HIT = Pattern.compile("\"url\":\"(/[^\"]*)\"");
    private static final byte[] CSS_URL = "url(".getBytes(StandardCharsets.US_ASCII);
    /** An attribute's value begins after these, and ends at the next {@link #QUOTE}. */
    private static final byte[] ATTRIBUTE = "=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTE = {'"'};
    /** What {@link #SEARCH_HIT} begins with. */
    private static final byte[] SEARCH_HIT_START = "\"url\":\"".getBytes(StandardCharsets.US_ASCII);
    /** A search file in the mirror: its JSON between these. */
    private static final byte[] SCRIPT_START = "searchIndexFile(".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCRIPT_END = ");\n".getBytes(StandardCharsets.US_ASCII);

    /** How many files are copied at once while the zip takes the batch before. */
    private static final int BATCH = 256;

    /**
     * One file of the mirror: its name under the mirror's folder, '/'-separated, and its bytes;
     * or, for a file the earlier mirror holds as this one would make it, that file ({@code kept}),
     * whose bytes are read only if the earlier zip turns out not to hold them.
     */
    public record MirrorFile(String name, byte[] bytes, Kept kept) {

        public MirrorFile(String name, byte[] bytes) {
            this(name, bytes, null);
        }

        /** The file's bytes. */
        public byte[] read() {
            try {
                return bytes != null ? bytes : Files.readAllBytes(kept.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file taken unread from the earlier mirror: where it now is, and its name in the earlier mirror and zip. */
    public record Kept(Path file, String nameBefore) { }

    /**
     * The mirror made before this one, and what it was made from.
     *
     * @param mirror its folder, whose files are taken where this mirror would write the same bytes;
     *               null when there is none
     * @param site   the site it is the copy of, when that is known (by the stamp of the build that
     *               made both, with the generator of this build): a file of the new site that is
     *               that site's very file needs no copying at all, only the earlier copy of it.
     *               Null when not known
     * @param zip    its zip, when {@code site} is known: the data of an unchanged file is taken from it
     * @param searchFolder the folder of that site's search index under {@code search/} (named by
     *               a hash of the whole index, so another in this site even where most of its files
     *               are the same); null when there is none
     */
    public record Earlier(Path mirror, Path site, Path zip, String searchFolder) {

        /** A mirror whose files are compared with, but not known to be this generator's copy of any site. */
        public static Earlier unknown(Path mirror) {
            return new Earlier(mirror, null, null, null);
        }

        /** The mirror copy of {@code site}, made with its zip at {@code zip} by this generator. */
        public static Earlier copyOf(Path mirror, Path site, Path zip) {
            return new Earlier(mirror, site, zip, searchFolder(site));
        }

        private static String searchFolder(Path site) {
            try (Stream<Path> folders = Files.list(site.resolve(SEARCH))) {
                List<String> indexes = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                        .filter(name -> !name.startsWith(".")).limit(2).toList();
                return indexes.size() == 1 ? indexes.get(0) : null;
            } catch (IOException none) {
                return null;
            }
        }

        /** The name a file of the new site or mirror had in this one: the same, but under the search index's folder. */
        String nameBefore(String name) {
            if (searchFolder == null || !name.startsWith(SEARCH + "/")) {
                return name;
            }
            int folderEnd = name.indexOf('/', SEARCH.length() + 1);
            return folderEnd < 0 ? name : SEARCH + "/" + searchFolder + name.substring(folderEnd);
        }
    }

    /** One file to make: its name in the mirror, and how it is made (written, and returned). */
    private record Job(String name, Callable<MirrorFile> make) { }

    private MirrorCopy() {
    }

    /**
     * Copies {@code site} into the empty folder {@code mirror}, with a page at each old address of
     * {@code redirects} (the mirror's hosts read no {@code _redirects}), and hands every file it
     * writes to {@code zip} in name order, a batch at a time; returns how many files it wrote.
     * A file it rewrites (a page, a style, a search file) is taken from the mirror made before
     * where that holds the same bytes ({@link UnchangedFile}); a file made from a site file the
     * earlier mirror was made from too is taken from it unread, and handed to the zip as kept
     * ({@link Earlier#site}). Each batch is copied over all cores while the zip, on its own thread,
     * deflates the one before: the two took 4.8 s and 4.2 s one after the other at 5,000 docs/lang.
     */
    public static long write(Path site, Path mirror, Earlier earlier, List<Redirect> redirects, Messages messages,
                             Consumer<List<MirrorFile>> zip) {
        List<Job> jobs = jobs(site, new Folders(mirror, earlier), redirects, messages);
        ExecutorService zipping = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "mirror-zip");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> previous = CompletableFuture.completedFuture(null);
            for (int from = 0; from < jobs.size(); from += BATCH) {
                List<MirrorFile> batch = jobs.subList(from, Math.min(jobs.size(), from + BATCH)).parallelStream()
                        .map(MirrorCopy::make).toList();
                previous.get();
                previous = zipping.submit(() -> zip.accept(batch));
            }
            previous.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the mirror copy was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            zipping.shutdownNow();
        }
        return jobs.size();
    }

    private static MirrorFile make(Job job) {
        try {
            return job.make().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Every file of the mirror, in name order: the site's files, and a page at each old address that has none. */
    private static List<Job> jobs(Path site, Folders mirror, List<Redirect> redirects, Messages messages) {
        Map<String, Job> jobs = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(site)) {
            tree.filter(Files::isRegularFile).forEach(file -> {
                Path relative = site.relativize(file);
                if (!LEFT_OUT.contains(relative.getName(0).toString())) {
                    Job job = job(file, mirror, relative, messages.languages());
                    jobs.put(job.name(), job);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Redirect redirect : redirects) {
            String from = redirect.from().endsWith("/") ? redirect.from() + "index.html" : redirect.from();
            jobs.putIfAbsent(from.substring(1), new Job(from.substring(1), () -> mirror.write(from.substring(1),
                    movedPage(from, redirect, messages).getBytes(StandardCharsets.UTF_8))));
        }
        return List.copyOf(jobs.values());
    }

    /** A page at the old address that sends the reader on, by itself and by a link for when it does not. */
    private static String movedPage(String from, Redirect redirect, Messages messages) {
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        String href = relative(redirect.to(), folder);
        String target = MarkupText.escape(href);
        Language language = messages.languages().byCode(redirect.to().split("/")[1])
                .orElse(messages.languages().international());
        String title = MarkupText.escape(messages.text(language, "moved.title"));
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n</head>\n<body>\n<h1>" + title + "</h1>\n"
                + "<p><a href=\"" + target + "\">" + MarkupText.escape(messages.text(language, "moved.link", href)) + "</a></p>\n"
                + "</body>\n</html>\n";
    }

    /** How the mirror makes its copy of the site's file {@code from}. */
    private static Job job(Path from, Folders mirror, Path relative, Languages languages) {
        String name = relative.toString().replace('\\', '/');
        String file = from.getFileName().toString();
        if (file.endsWith(".html") || file.endsWith(".css")) {
            String folder = "/" + (name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "");
            return mirror.job(name, from, relative, () -> {
                byte[] text = Files.readAllBytes(from);
                return mirror.write(name, file.endsWith(".html") ? html(text, folder) : css(text, folder));
            });
        }
        if (file.endsWith(".json") && relative.getName(0).toString().equals(SEARCH)) {
            String script = name.substring(0, name.length() - ".json".length()) + ".js";
            return mirror.job(script, from, relative, () -> mirror.write(script, script(Files.readAllBytes(from), languages)));
        }
        return mirror.job(name, from, relative, () -> {
            Path to = mirror.folder().resolve(name);
            Files.createDirectories(to.getParent());
            link(from, to);
            return new MirrorFile(name, Files.readAllBytes(from));
        });
    }

    /** The mirror being written, and the one made before it. */
    private record Folders(Path folder, Earlier earlier) {

        /**
         * The job that makes {@code name} from the site's file {@code from} by {@code make}, or,
         * when that file is the very file the earlier mirror was made from, takes the earlier
         * mirror's copy: the copy is a function of the file's bytes and name alone (and of the
         * generator and the site's languages, which {@link Earlier#site} vouches for).
         */
        Job job(String name, Path from, Path relative, Callable<MirrorFile> make) {
            if (earlier.site() == null) {
                return new Job(name, make);
            }
            return new Job(name, () -> {
                String nameBefore = earlier.nameBefore(name);
                Path copy = earlier.mirror().resolve(nameBefore);
                if (sameFile(from, earlier.site().resolve(earlier.nameBefore(relative.toString().replace('\\', '/'))))
                        && Files.isRegularFile(copy)) {
                    Path to = folder.resolve(name);
                    Files.createDirectories(to.getParent());
                    UnchangedFile.link(to, copy);
                    return new MirrorFile(name, null, new Kept(to, nameBefore));
                }
                return make.call();
            });
        }

        /** Writes a file the mirror makes, or takes the earlier mirror's when it holds the same bytes. */
        MirrorFile write(String name, byte[] bytes) throws IOException {
            Path to = folder.resolve(name);
            Files.createDirectories(to.getParent());
            UnchangedFile.write(to, bytes, earlier.mirror() == null ? null : earlier.mirror().resolve(name));
            return new MirrorFile(name, bytes);
        }

        private static boolean sameFile(Path one, Path other) {
            try {
                return Files.isSameFile(one, other);
            } catch (IOException missing) {
                return false;
            }
        }
    }

    /**
     * A search hit links to its page's address as the index holds it; every language's search page
     * is as deep (/en/search/, /ru/search/) and each shows the others' hits too, so the address is
     * made relative by climbing to the root rather than from one page's folder.
     */
    static String searchFile(String json, Languages languages) {
        String toRoot = "../".repeat(Urls.search(languages.first()).split("/").length - 1);
        return replace(SEARCH_HIT, json, m -> "\"url\":\"" + toRoot + relative(m.group(1), "/") + "\"");
    }

    /**
     * A browser reading from disk fetches nothing, so the mirror's search loads each index file as
     * a script instead (static-index.mjs, scriptTransport): the JSON, handed to the page. Scripts
     * load from any host as well, so the mirror holds only this form, and the search page is told
     * to use it (INDEX_FOLDER): the JSON beside it would double the index in the mirror and its zip.
     *
     * <p>Only the documents' files hold addresses; the others (three quarters of the index's
     * bytes) are wrapped as they are, without turning their UTF-8 into text and back.
     */
    private static byte[] script(byte[] file, Languages languages) {
        byte[] json = indexOf(file, SEARCH_HIT_START, 0) < 0 ? file
                : searchFile(new String(file, StandardCharsets.UTF_8), languages).getBytes(StandardCharsets.UTF_8);
        // JSON's whitespace is ASCII, so trimming bytes below '!' is String.strip's trim.
        int from = 0;
        int to = json.length;
        while (from < to && (json[from] & 0xFF) <= ' ') {
            from++;
        }
        while (to > from && (json[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        byte[] script = new byte[SCRIPT_START.length + (to - from) + SCRIPT_END.length];
        System.arraycopy(SCRIPT_START, 0, script, 0, SCRIPT_START.length);
        System.arraycopy(json, from, script, SCRIPT_START.length, to - from);
        System.arraycopy(SCRIPT_END, 0, script, SCRIPT_START.length + (to - from), SCRIPT_END.length);
        return script;
    }

    /** Where {@code part} first stands in {@code text} from {@code start}, or -1. */
    private static int indexOf(byte[] text, byte[] part, int start) {
        byte first = part[0];
        int last = text.length - part.length;
        for (int i = start; i <= last; i++) {
            // A tight loop over the first byte: the pages are scanned whole, twice.
            while (text[i] != first) {
                if (++i > last) {
                    return -1;
                }
            }
            int j = 1;
            while (j < part.length && text[i + j] == part[j]) {
                j++;
            }
            if (j == part.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A file the mirror does not change (pictures, cards, data, scripts: most of the bytes) is the
     * site's own, hard-linked where the file system allows: a copy would double the time the mirror takes.
     */
    private static void link(Path from, Path to) throws IOException {
        UnchangedFile.link(to, from);
    }

    /**
     * {@code folder}: the page's own folder as a root-absolute path ending in '/'. The page is
     * read as its UTF-8 bytes: everything looked for is ASCII, and only the values of the
     * attributes that may change are decoded. Decoding every page into text and encoding it
     * again was a quarter of the mirror's CPU samples at 5,000 docs/lang (JFR).
     */
    static byte[] html(byte[] page, String folder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + 1024);
        int copied = 0;
        // Every attribute value is found by its '="', the only place an address can stand in a page
        // (no inline style or script is allowed); its name is read backwards from there.
        for (int equals = indexOf(page, ATTRIBUTE, 0); equals >= 0; equals = indexOf(page, ATTRIBUTE, equals + 2)) {
            int name = equals;
            while (name > 0 && isNamePart(page[name - 1])) {
                name--;
            }
            int end = indexOf(page, QUOTE, equals + 2);
            if (name == 0 || name == equals || !isSpace(page[name - 1]) || end < 0) {
                continue;
            }
            String attribute = new String(page, name, equals - name, StandardCharsets.UTF_8);
            String replaced = REWRITTEN.contains(attribute)
                    ? attribute(attribute, new String(page, equals + 2, end - equals - 2, StandardCharsets.UTF_8), folder)
                    : null;
            if (replaced != null) {
                out.write(page, copied, name - copied);
                out.writeBytes(replaced.getBytes(StandardCharsets.UTF_8));
                copied = end + 1;
            }
            equals = end - 1;
        }
        out.write(page, copied, page.length - copied);
        return css(out.toByteArray(), folder);
    }

    /** A letter, '-', or a byte of a letter beyond ASCII: what an attribute's name is read back over. */
    private static boolean isNamePart(byte b) {
        return b < 0 || b == '-' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** What ends a name: white space, as Character.isWhitespace has it among ASCII. */
    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    /** The attribute written again for the mirror, or null when it stays as it is. */
    private static String attribute(String name, String value, String folder) {
        boolean rooted = value.startsWith("/") && !value.startsWith("//");
        if (LINKS.contains(name) && rooted) {
            return name + "=\"" + relative(value, folder) + "\"";
        }
        if (name.equals(INDEX_ATTRIBUTE) && rooted) {
            // The search page's index folder: a base the script adds file names to, so no index.html.
            return name + "=\"" + folder(value, folder) + "\" data-index-form=\"script\"";
        }
        if (name.equals(SOURCES_ATTRIBUTE)) {
            return name + "=\"" + srcset(value, folder) + "\"";
        }
        return null;
    }

    /**
     * Each {@code url(} of a style sheet or page whose address is root-absolute, made relative:
     * {@code url(}, white space and a quote if any, then the address up to a {@code )} or quote.
     */
    static byte[] css(byte[] text, String folder) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        for (int url = indexOf(text, CSS_URL, 0); url >= 0; url = indexOf(text, CSS_URL, url + CSS_URL.length)) {
            int path = url + CSS_URL.length;
            while (path < text.length && (text[path] == ' ' || (text[path] >= 0x09 && text[path] <= 0x0D))) {
                path++;
            }
            if (path < text.length && (text[path] == '\'' || text[path] == '"')) {
                path++;
            }
            if (path >= text.length || text[path] != '/') {
                continue;
            }
            int end = path;
            while (end < text.length && text[end] != ')' && text[end] != '\'' && text[end] != '"') {
                end++;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(text.length + 1024);
            }
            out.write(text, copied, path - copied);
            out.writeBytes(relative(new String(text, path, end - path, StandardCharsets.UTF_8), folder)
                    .getBytes(StandardCharsets.UTF_8));
            copied = end;
            url = end - CSS_URL.length;
        }
        if (out == null) {
            return text;
        }
        out.write(text, copied, text.length - copied);
        return out.toByteArray();
    }

    private static String folder(String target, String folder) {
        String file = relative(target + "index.html", folder);
        return file.substring(0, file.length() - "index.html".length());
    }

    private static String srcset(String value, String folder) {
        StringBuilder out = new StringBuilder();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            if (out.length() > 0) {
                out.append(", ");
            }
            if (trimmed.startsWith("/") && !trimmed.startsWith("//")) {
                int space = trimmed.indexOf(' ');
                String url = space < 0 ? trimmed : trimmed.substring(0, space);
                out.append(relative(url, folder)).append(space < 0 ? "" : trimmed.substring(space));
            } else {
                out.append(trimmed);
            }
        }
        return out.toString();
    }

    /**
     * The address {@code target} (root-absolute) as seen from a page in {@code folder}; a
     * protocol-relative address ({@code //host/…}) is another host's and stays.
     */
    static String relative(String target, String folder) {
        if (target.startsWith("//")) {
            return target;
        }
        int cut = indexOfAny(target, "?#");
        String path = cut < 0 ? target : target.substring(0, cut);
        String rest = cut < 0 ? "" : target.substring(cut);
        if (path.endsWith("/")) {
            path += "index.html";
        }
        String[] from = folder.substring(1).split("/", -1);
        String[] to = path.substring(1).split("/", -1);
        int common = 0;
        // The last element of 'from' is the empty name after the folder's '/'.
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(to[i]);
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        if (out.length() == 0) {
            out.append("index.html");
        }
        return out + rest;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
