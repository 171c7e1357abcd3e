package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.model.Urls;

/**
 * The one rule of what an {@code aliases:} entry may be, the old address of a moved page: a plain
 * path of this site under one of its languages, no page's address, and nobody else's alias.
 * Netlify reads {@code _redirects} before any other rule but serves a file that exists instead of
 * redirecting, so an alias that is the address of a page would silently do nothing; and an old
 * address can lead to one page only.
 */
public final class AliasRules {

    /**
     * What a path may hold besides letters and digits: RFC 3986's unreserved characters and
     * sub-delimiters, and '%' for the escapes. ':' and '*' are left out because Netlify reads them
     * in {@code _redirects} as a placeholder and a splat.
     */
    private static final String PUNCTUATION = "-._~!$&'()+,;=@%/";

    /** An alias and where it was written. */
    private record Written(String address, String file, int line) { }

    private AliasRules() {
    }

    /**
     * An alias as the site writes addresses: a folder address ends in '/' (see {@link Urls}), a
     * file's address (its last part has a dot, like {@code old.html}) is kept as it is. Netlify
     * matches a rule with or without the trailing slash, so one line covers both.
     */
    public static String address(String written) {
        String last = written.substring(written.lastIndexOf('/') + 1);
        return written.endsWith("/") || last.contains(".") ? written : written + "/";
    }

    /**
     * What is wrong with one alias as written, said for the editor, or null if nothing is.
     *
     * @param language the language of the document's file; null for a case file, whose page
     *                 exists in both languages, so its aliases may begin with either prefix
     * @param oldName  a correct alias for this file, shown in the advice
     */
    static String problem(String written, Language language, String oldName, Languages languages) {
        String example = "aliases: [" + oldName + "]";
        if (written.isEmpty()) {
            return "an alias is empty; write the page's old address, e.g. " + example + ", or remove the empty item";
        }
        if (written.contains("://") || written.startsWith("//")) {
            return "'" + written + "' names a web site; an alias is only the path of an old address of this site,"
                    + " without https:// and the host, e.g. " + example;
        }
        if (written.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            return "'" + written.strip() + "' contains a space or an invisible character; copy the old address from the"
                    + " browser's address bar, where a space shows as %20, e.g. " + example;
        }
        if (written.contains("?") || written.contains("#")) {
            return "'" + written + "' has a '?' or '#' part, which a redirect cannot tell apart; write only the path"
                    + " before it, e.g. " + example;
        }
        Optional<Language> prefix = languageOf(address(written), languages);
        if (prefix.isEmpty()) {
            return "'" + written + "' is outside the site's languages; an alias begins with " + prefixes(languages)
                    + ", e.g. " + example;
        }
        if (language != null && !prefix.get().equals(language)) {
            return "'" + written + "' is a " + prefix.get().englishName() + " address, but this file is the "
                    + language.englishName() + " text; write the old address of this language's page, which begins with "
                    + Urls.home(language) + ", e.g. " + example + ", and put the " + prefix.get().englishName()
                    + " one in the ." + prefix.get().code() + ".md file";
        }
        List<String> parts = List.of(written.substring(1).split("/", -1));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.equals(".") || part.equals("..") || part.isEmpty() && i < parts.size() - 1) {
                return "'" + written + "' has a '.', '..' or empty ('//') part; write the address as the browser"
                        + " shows it once it has opened the page, e.g. " + example;
            }
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ':' || c == '*') {
                return "'" + written + "' contains '" + c + "', which the host reads as a placeholder in a redirect;"
                        + " write the one old address in full, e.g. " + example;
            }
            if (c == '%' && !(i + 2 < written.length() && isHex(written.charAt(i + 1)) && isHex(written.charAt(i + 2)))) {
                return "'" + written + "' has a '%' that is not followed by two hexadecimal digits; copy the old address"
                        + " from the browser's address bar, e.g. " + example;
            }
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0);
            if (!plain) {
                return "'" + written + "' contains '" + written.charAt(i) + "'; write letters other than Latin ones and"
                        + " signs as the browser copies them from its address bar (e.g. %D0%B0 for а), e.g. " + example;
            }
        }
        return null;
    }

    /**
     * Aliases that clash, in every file read, published or not: the same alias in two places, or
     * an alias that is a document's or case's own address (a draft's too: it will be published).
     */
    static List<Problem> clashes(Languages languages, List<Document> documents, List<Case> cases) {
        Map<String, String> owners = new HashMap<>();
        for (Document document : documents) {
            owners.putIfAbsent(Urls.document(document), document.sourcePath());
        }
        for (Case c : cases) {
            for (Language language : languages.all()) {
                owners.putIfAbsent(Urls.caseUrl(language, c.id()), c.sourcePath());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Written> first = new HashMap<>();
        for (Written alias : written(documents, cases)) {
            String address = alias.address();
            String owner = owners.get(address);
            if (owner != null) {
                problems.add(new Problem(alias.file(), alias.line(), owner.equals(alias.file())
                        ? "the alias " + address + " is this page's own address; remove it (aliases are the addresses the"
                                + " page had before it moved)"
                        : "the alias " + address + " is the address of the page of " + owner + ", which the host would"
                                + " serve instead of redirecting; remove the alias, or write an old address that no page has"));
            }
            Written earlier = first.putIfAbsent(address, alias);
            if (earlier != null) {
                problems.add(new Problem(alias.file(), alias.line(), earlier.file().equals(alias.file())
                        ? "the alias " + address + " is written twice in this file (first on line " + earlier.line()
                                + "); keep it once"
                        : "the alias " + address + " is also an alias of " + earlier.file() + " (line " + earlier.line()
                                + "), and an old address can lead to one page only; keep it in the file of the page that"
                                + " had that address"));
            }
        }
        return problems;
    }

    /** The redirects of the public pages: aliases of drafts and embargoed pages would tell their addresses. */
    static List<Redirect> redirects(Languages languages, List<Document> published, List<Case> publicCases) {
        List<Redirect> redirects = new ArrayList<>();
        for (Document document : published) {
            for (int i = 0; i < document.aliases().size(); i++) {
                redirects.add(new Redirect(document.aliases().get(i), Urls.document(document), document.sourcePath(),
                        document.aliasLine(i)));
            }
        }
        for (Case c : publicCases) {
            for (int i = 0; i < c.aliases().size(); i++) {
                String alias = c.aliases().get(i);
                Language language = languageOf(alias, languages).orElseThrow();
                redirects.add(new Redirect(alias, Urls.caseUrl(language, c.id()), c.sourcePath(),
                        c.lineOf("/aliases/" + i)));
            }
        }
        return redirects;
    }

    /**
     * Refuses every redirect whose old address is the address of a file the site publishes (a
     * list, a feed, a page): the host would serve the file and the redirect would never happen.
     *
     * @param addresses every address the site writes
     * @throws ContentException naming each such alias where it was written
     */
    public static void checkNotShadowed(Collection<Redirect> redirects, Set<String> addresses) {
        Map<String, String> byFile = addresses.stream()
                .collect(Collectors.toMap(Urls::file, a -> a, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<Problem> problems = new ArrayList<>();
        for (Redirect redirect : redirects) {
            String page = byFile.get(Urls.file(redirect.from()));
            if (page != null) {
                problems.add(new Problem(redirect.sourcePath(), redirect.line(), "the alias " + redirect.from()
                        + " is the address of the site's page " + page + ", which the host would serve instead of"
                        + " redirecting; remove the alias, or write an old address that no page has"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /** Every alias where it was written, by file then line: the later of two is the one refused. */
    private static List<Written> written(List<Document> documents, List<Case> cases) {
        Stream<Written> ofDocuments = documents.stream().flatMap(d -> IntStream.range(0, d.aliases().size())
                .mapToObj(i -> new Written(d.aliases().get(i), d.sourcePath(), d.aliasLine(i))));
        Stream<Written> ofCases = cases.stream().flatMap(c -> IntStream.range(0, c.aliases().size())
                .mapToObj(i -> new Written(c.aliases().get(i), c.sourcePath(), c.lineOf("/aliases/" + i))));
        return Stream.concat(ofDocuments, ofCases)
                .sorted(Comparator.comparing(Written::file).thenComparingInt(Written::line)).toList();
    }

    private static Optional<Language> languageOf(String address, Languages languages) {
        for (Language language : languages.all()) {
            if (address.startsWith(Urls.home(language))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    private static String prefixes(Languages languages) {
        return languages.all().stream().map(Urls::home).collect(Collectors.joining(" or "));
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
