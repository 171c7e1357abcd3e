package org.labourrights.site.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.render.MarkupText;
import org.labourrights.site.render.Messages;
import org.labourrights.site.model.Urls;

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

    /** What the mirror leaves out: the web editor and its pages need the main site's login. */
    private static final List<String> LEFT_OUT = List.of("admin", "_redirects", "_headers");

    private static final Pattern HTML_LINK = Pattern.compile(
            "(\\s(?:href|src|action|poster)=\")(/[^\"]*)\"");
    /** The search page's index folder: a base the script adds file names to, so no index.html. */
    private static final Pattern INDEX_FOLDER = Pattern.compile("(\\sdata-index=\")(/[^\"]*/)\"");
    private static final Pattern SEARCH_HIT = Pattern.compile("(\"url\":\")(/[^\"]*)\"");
    private static final Pattern SRCSET = Pattern.compile("(\\ssrcset=\")([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("(url\\(\\s*['\"]?)(/[^)'\"]*)");

    private long files;

    private MirrorCopy() {
    }

    /**
     * Copies {@code site} into the empty folder {@code mirror}, with a page at each old address of
     * {@code redirects} (the mirror's hosts read no {@code _redirects}); returns how many files it wrote.
     */
    public static long write(Path site, Path mirror, List<Redirect> redirects, Messages messages) {
        MirrorCopy copy = new MirrorCopy();
        try (Stream<Path> tree = Files.walk(site)) {
            for (Path file : (Iterable<Path>) tree.filter(Files::isRegularFile)::iterator) {
                Path relative = site.relativize(file);
                if (LEFT_OUT.contains(relative.getName(0).toString())) {
                    continue;
                }
                copy.copy(file, mirror.resolve(relative.toString()), relative);
            }
            for (Redirect redirect : redirects) {
                copy.movedPage(mirror, redirect, messages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy.files;
    }

    /** A page at the old address that sends the reader on, by itself and by a link for when it does not. */
    private void movedPage(Path mirror, Redirect redirect, Messages messages) throws IOException {
        String from = redirect.from().endsWith("/") ? redirect.from() + "index.html" : redirect.from();
        Path page = mirror.resolve(from.substring(1));
        if (Files.exists(page)) {
            return;
        }
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        String href = relative(redirect.to(), folder);
        String target = MarkupText.escape(href);
        Language language = Language.fromCode(redirect.to().split("/")[1]).orElse(Language.EN);
        String title = MarkupText.escape(messages.text(language, "moved.title"));
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n</head>\n<body>\n<h1>" + title + "</h1>\n"
                + "<p><a href=\"" + target + "\">" + MarkupText.escape(messages.text(language, "moved.link", href)) + "</a></p>\n"
                + "</body>\n</html>\n", StandardCharsets.UTF_8);
        files++;
    }

    private void copy(Path from, Path to, Path relative) throws IOException {
        Files.createDirectories(to.getParent());
        String name = from.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".css")) {
            String text = Files.readString(from, StandardCharsets.UTF_8);
            String folder = "/" + (relative.getParent() == null ? "" : relative.getParent().toString().replace('\\', '/') + "/");
            Files.writeString(to, name.endsWith(".html") ? html(text, folder) : css(text, folder), StandardCharsets.UTF_8);
        } else if (name.endsWith(".json") && relative.getName(0).toString().equals("search")) {
            String json = searchFile(Files.readString(from, StandardCharsets.UTF_8));
            Files.writeString(to, json, StandardCharsets.UTF_8);
            writeScriptTwin(json, to);
        } else {
            link(from, to);
        }
        files++;
    }

    /**
     * A search hit links to its page's address as the index holds it; the search pages of both
     * languages are as deep (/en/search/, /ru/search/) and each shows the other's hits too, so the
     * address is made relative by climbing to the root rather than from one page's folder.
     */
    static String searchFile(String json) {
        String toRoot = "../".repeat(Urls.search(Language.EN).split("/").length - 1);
        return replace(SEARCH_HIT, json, m -> m.group(1) + toRoot
                + relative(m.group(2), "/") + "\"");
    }

    /**
     * A browser reading from disk fetches nothing, so the search loads each index file as a script
     * instead (static-index.mjs, scriptTransport): the JSON, handed to the page.
     */
    private void writeScriptTwin(String json, Path to) throws IOException {
        String name = to.getFileName().toString();
        Path twin = to.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".js");
        Files.writeString(twin, "searchIndexFile(" + json.strip() + ");\n",
                StandardCharsets.UTF_8);
        files++;
    }

    /**
     * A file the mirror does not change (pictures, cards, data, scripts: most of the bytes) is the
     * site's own, hard-linked where the file system allows: a copy would double the time the mirror takes.
     */
    private static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to);
        }
    }

    /** {@code folder}: the page's own folder as a root-absolute path ending in '/'. */
    static String html(String text, String folder) {
        String links = replace(HTML_LINK, text, m -> m.group(1) + relative(m.group(2), folder) + "\"");
        links = replace(INDEX_FOLDER, links, m -> m.group(1) + folder(m.group(2), folder) + "\"");
        links = replace(SRCSET, links, m -> m.group(1) + srcset(m.group(2), folder) + "\"");
        return css(links, folder);
    }

    static String css(String text, String folder) {
        return replace(CSS_URL, text, m -> m.group(1) + relative(m.group(2), folder));
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
