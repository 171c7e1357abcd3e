package org.labourrights.site.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.jbake.JBakeContentSource;
import org.labourrights.site.pipeline.BuildClock;
import org.labourrights.site.pipeline.ContentSource;
import org.labourrights.site.pipeline.SiteBuild;
import org.labourrights.site.preview.PreviewServer;
import org.labourrights.site.scaffold.Scaffold;
import org.labourrights.site.translation.GitHistory;
import org.labourrights.site.translation.TranslationStatus;

/**
 * {@code build <project> <site>}: bake the site, or list every content problem and exit 1.
 * {@code serve <project> <site> [port]}: bake, serve on localhost and rebuild on every change.
 * {@code translations <project>}: what to translate next.
 * {@code new <project> <kind> <name>}: start a new document (both languages) or case file.
 *
 * <p>The one place that chooses the engine reading the content: JBake, behind the pipeline's
 * {@link ContentSource} port.
 */
public final class SiteCommand {

    /** The engine that reads the project's content: JBake and its content store. */
    public static final ContentSource.Opener CONTENT = JBakeContentSource.OPENER;

    /** Exit codes: the content has problems (nothing published); the command was called wrongly. */
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;

    private SiteCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve") && args.length >= 3) {
            PreviewServer.run(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 8080, CONTENT);
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs {@code build}; returns the process's exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("translations")) {
            return translations(Path.of(args[1]), out);
        }
        if (args.length == 4 && args[0].equals("new")) {
            return scaffold(Path.of(args[1]), args[2], args[3], out, err);
        }
        if (args.length != 3 || !args[0].equals("build")) {
            err.println("usage: SiteCommand build <project folder> <site folder>");
            err.println("       SiteCommand serve <project folder> <site folder> [port]");
            err.println("       SiteCommand translations <project folder>");
            err.println("       SiteCommand new <project folder> <" + String.join("|", Scaffold.kinds()) + "> <name>");
            return USAGE;
        }
        return build(Path.of(args[1]), Path.of(args[2]), out, err) ? 0 : CONTENT_PROBLEMS;
    }

    /** Lists what to translate next; always exit 0: a missing translation is work, not an error. */
    static int translations(Path project, PrintStream out) {
        List<TranslationStatus.Entry> entries = TranslationStatus.of(project, SiteSettings.languagesOf(project),
                GitHistory.of(project).lastCommits());
        if (entries.isEmpty()) {
            out.println("Every document exists in both languages, and no translation is older than its original.");
        }
        for (TranslationStatus.Entry entry : entries) {
            out.println(entry.document() + ": " + entry.problem() + " -> edit " + entry.toEdit());
        }
        return 0;
    }

    /** Writes a new document's two language files (or a case file) and says where to write. */
    static int scaffold(Path project, String kind, String name, PrintStream out, PrintStream err) {
        try {
            List<Path> files = Scaffold.create(project, SiteSettings.languagesOf(project), kind, name, LocalDate.now());
            out.println("Created, as a draft (not published until you change 'status: draft' to 'status: published'):");
            files.forEach(file -> out.println("  " + file.toString().replace('\\', '/')));
            out.println(kind.equals("case")
                    ? "Fill in the name, country, status and the document the facts come from; see the README."
                    : "Write the title, summary and text in both files; the README lists every field.");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("Nothing was created: " + e.getMessage());
            return USAGE;
        }
    }

    /** @return whether the site was written; problems go to {@code err}, one per line */
    public static boolean build(Path project, Path site, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        try {
            SiteBuild.Result result = new SiteBuild(CONTENT).build(project, site, BuildClock.now(), netlifyUrl());
            if (result.upToDate()) {
                out.printf(Locale.ROOT, "Nothing the site is made from changed since its build of %s: %s is up to date"
                                + " (%d documents, %d files, %.1f MB), checked in %.1f s%n", result.upToDateSince().get(),
                        site, result.documents(), result.files(), result.bytes() / 1e6, (System.nanoTime() - start) / 1e9);
                warn(result, err);
                return true;
            }
            out.printf(Locale.ROOT, "Built %d documents into %d files (%.1f MB) in %s in %.1f s%n",
                    result.documents(), result.files(), result.bytes() / 1e6, site, (System.nanoTime() - start) / 1e9);
            StringBuilder phases = new StringBuilder("  time per stage:");
            result.stages().forEach((phase, millis) -> phases.append(String.format(Locale.ROOT, " %s %.2f s;", phase, millis / 1e3)));
            out.println(phases.substring(0, phases.length() - 1));
            out.printf(Locale.ROOT, "  content files: %d read, %d unchanged since the build before (their records kept)%n",
                    result.records().read(), result.records().kept());
            out.printf(Locale.ROOT, "  pages: %d rendered, %d showing what they showed before (taken from the previous site)%n",
                    result.pages().rendered(), result.pages().taken());
            out.printf(Locale.ROOT, "  share cards: %d drawn, %d kept from the previous site%n",
                    result.cards().drawn(), result.cards().reused());
            out.printf(Locale.ROOT, "  mirror copy: %s, %d files (%d of them kept from the copy before), its zip %s (%.1f MB)%n",
                    result.mirror().folder(), result.mirror().files(), result.mirror().kept(),
                    result.mirror().zipAddress(), result.mirror().zipBytes() / 1e6);
            warn(result, err);
            return true;
        } catch (ContentException e) {
            int count = e.problems().size();
            err.println("The site was NOT published: " + count + (count == 1 ? " problem" : " problems")
                    + " to fix first. The previous site is unchanged.");
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A fault of the build itself, not of the content: the editor gets one plain line and the
            // developer the whole story, in a file beside the site rather than around the editor's screen.
            Path details = site.toAbsolutePath().normalize().resolveSibling("site-build-error.txt");
            try (PrintStream trace = new PrintStream(java.nio.file.Files.newOutputStream(details), true,
                    java.nio.charset.StandardCharsets.UTF_8)) {
                e.printStackTrace(trace);
            } catch (java.io.IOException | RuntimeException cannotWrite) {
                details = null;
            }
            err.println("The site was NOT published: the build stopped on an error of its own (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")."
                    + " The previous site is unchanged. This is not a mistake in your files: please report it"
                    + (details == null ? "." : ", with " + details + "."));
            return false;
        }
    }

    private static void warn(SiteBuild.Result result, PrintStream err) {
        if (!result.warnings().isEmpty()) {
            int count = result.warnings().size();
            err.println(count + (count == 1 ? " warning" : " warnings") + " (the site was published; look at"
                    + (count == 1 ? " it" : " each") + " before the next change):");
            result.warnings().forEach(warning -> err.println(warning));
        }
    }

    /** Netlify gives each build the site's address in URL; a local build uses content/data/site.yaml. */
    private static String netlifyUrl() {
        String url = System.getenv("URL");
        return "true".equals(System.getenv("NETLIFY")) && url != null && !url.isBlank() ? url : null;
    }
}
