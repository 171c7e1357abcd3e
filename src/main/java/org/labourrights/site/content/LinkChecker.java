package org.labourrights.site.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Urls;

/**
 * Every link an editor writes to another page of the site must reach a page the build writes.
 * A link to a draft is broken too: the public would get a 404. A link to a moved page's old
 * address is refused with the page's address now: the redirect is for links from outside, and a
 * copy of the site served elsewhere has no redirects.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** @param addresses every address the build writes, as served ("/en/statements/x/", "/assets/…") */
    public static void check(Site site, Set<String> addresses) {
        check(site.documents(), site, addresses);
    }

    /**
     * Checks the links of {@code documents} only: the preview's shortcut when no address has gone.
     *
     * @param site where the old addresses of moved pages are looked up
     */
    public static void check(Collection<Document> documents, Site site, Set<String> addresses) {
        List<Problem> problems = new ArrayList<>();
        for (Document document : documents) {
            for (Document.Link link : document.links()) {
                String target = link.target();
                if (LinkRules.isExternal(target) || target.startsWith("#")) {
                    continue;
                }
                String path = resolve(Urls.document(document), target);
                if (path == null || !(addresses.contains(path) || addresses.contains(path + "/"))) {
                    Optional<Redirect> moved = path == null || path.isEmpty() ? Optional.empty()
                            : site.redirectFrom(AliasRules.address(path));
                    problems.add(new Problem(document.sourcePath(), link.line(), moved.isPresent()
                            ? "the link '" + target + "' leads to an old address of a page that has moved; link to its"
                                    + " address now: " + moved.get().to()
                            : link.picture()
                            ? "the picture '" + target + "' is no file of the site; put the picture in content/"
                                    + ContentInventory.MEDIA_FOLDER + "/ and write its address, e.g. /"
                                    + ContentInventory.MEDIA_FOLDER + "/<name>.png"
                            : "the link '" + target + "' leads to no page of the site; link to an existing page such as "
                                    + Urls.home(document.language()) + "statements/<name>/ (the file name without"
                                    + " .ru.md/.en.md), or write the full address starting with https:// for another site"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    private static String resolve(String base, String target) {
        try {
            URI resolved = new URI("http", "site", base, null).resolve(new URI(null, null, target.split("#")[0], null));
            return resolved.getPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
