package org.labourrights.site.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.labourrights.site.build.BuildClock;
import org.labourrights.site.build.SiteBuild;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
import org.labourrights.site.jbake.SiteBake;
import org.labourrights.site.serve.PreviewServer;

/**
 * {@code build <project> <site>}: bake the site, or list every content problem and exit 1.
 * {@code serve <project> <site> [port]}: bake, serve on localhost and rebuild on every change.
 */
public final class SiteCommand {

    private SiteCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SiteCommand build|serve <project folder> <site folder> [port]");
            System.exit(2);
        }
        Path project = Path.of(args[1]);
        Path site = Path.of(args[2]);
        switch (args[0]) {
            case "build" -> System.exit(build(project, site) ? 0 : 1);
            case "serve" -> PreviewServer.start(project, site, args.length > 3 ? Integer.parseInt(args[3]) : 8080);
            default -> {
                System.err.println("unknown command '" + args[0] + "'; use build or serve");
                System.exit(2);
            }
        }
    }

    /** @return whether the site was written; problems go to standard error, one per line */
    public static boolean build(Path project, Path site) {
        long start = System.nanoTime();
        try {
            SiteBake.Result result = SiteBuild.build(project, site, BuildClock.now(), netlifyUrl());
            System.out.printf(Locale.ROOT, "Built %d documents into %d files (%.1f MB) in %s in %.1f s%n",
                    result.documents(), result.pages(), result.bytes() / 1e6, site, (System.nanoTime() - start) / 1e9);
            return true;
        } catch (ContentException e) {
            System.err.println("The site was NOT published: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + " to fix first. The previous site is unchanged.");
            for (Problem problem : e.problems()) {
                System.err.println(problem);
            }
            return false;
        }
    }

    /** Netlify gives each build the site's address in URL; a local build uses content/data/site.yaml. */
    private static String netlifyUrl() {
        String url = System.getenv("URL");
        return "true".equals(System.getenv("NETLIFY")) && url != null && !url.isBlank() ? url : null;
    }
}
