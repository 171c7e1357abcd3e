package org.labourrights.site.content;

import java.util.Locale;
import java.util.Set;

/**
 * Where a link or a picture in a text may lead. Links: to a page or file of the site, or to
 * another site by {@code https:} or {@code http:}, or to an e-mail address; anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}…) is refused, whatever its
 * letter case or the entities and spaces hiding it. Pictures: only the site's own files, since a
 * picture from elsewhere is loaded by every reader's browser and tells its host who reads the page.
 *
 * <p>The test reads the destination as a browser would: flexmark has already decoded character
 * references; browsers then drop spaces and control characters at the ends and tabs and line
 * breaks inside, and read '\' as '/'. So {@code JAVASCRIPT:}, {@code java&#x09;script:} and
 * {@code /\host/…} are seen for what they are.
 */
final class LinkRules {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private LinkRules() {
    }

    /** What is wrong with a link's destination, said for the editor, or null when it may stay. */
    static String linkProblem(String destination) {
        String url = asBrowserReadsIt(destination);
        String scheme = scheme(url);
        if (scheme != null && !LINK_SCHEMES.contains(scheme)) {
            return "the link '" + destination + "' starts with '" + scheme + ":', which the site does not allow (such"
                    + " links can run a program in the reader's browser); link to a page of the site such as"
                    + " /en/statements/<name>/, to another site with https://…, or to an e-mail address with mailto:…";
        }
        if (scheme == null && url.startsWith("//")) {
            return "the link '" + destination + "' leaves out how to reach the other site; write it in full,"
                    + " starting with https://";
        }
        return null;
    }

    /** What is wrong with a picture's source, or null when it is one of the site's own files. */
    static String imageProblem(String source) {
        String url = asBrowserReadsIt(source);
        if (scheme(url) != null || url.startsWith("//")) {
            return "the picture '" + source + "' would be loaded from another site, which then learns who reads"
                    + " this page; download it, put it in content/" + ContentInventory.MEDIA_FOLDER + "/ and write"
                    + " ![what it shows](/" + ContentInventory.MEDIA_FOLDER + "/<name>.png)";
        }
        return null;
    }

    /** Whether a destination, read as a browser reads it, leads off the site (or is a mail address). */
    static boolean isExternal(String destination) {
        String url = asBrowserReadsIt(destination);
        return scheme(url) != null || url.startsWith("//");
    }

    static String asBrowserReadsIt(String destination) {
        StringBuilder url = new StringBuilder(destination.length());
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c <= ' ' || c == '\u007F') {
                continue;
            }
            url.append(c == '\\' ? '/' : c);
        }
        return url.toString().toLowerCase(Locale.ROOT);
    }

    /** The scheme of a URL (RFC 3986: a letter, then letters, digits, '+', '-' or '.', then ':'), or null. */
    private static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || url.charAt(0) < 'a' || url.charAt(0) > 'z') {
            return null;
        }
        for (int i = 1; i < colon; i++) {
            char c = url.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return url.substring(0, colon);
    }
}
