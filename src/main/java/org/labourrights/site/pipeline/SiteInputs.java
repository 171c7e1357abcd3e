package org.labourrights.site.pipeline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.labourrights.site.admin.AdminSite;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.files.Fingerprint;

/**
 * Everything a build's site is made from, as one fingerprint: the project's content, templates
 * and assets file by file, JBake's settings file, the generator itself (its classes and every
 * library on its class path, Decap's bundle among them), the site's address when the host gives
 * it, and what the editors' pages read from the environment and from git. The moment of the
 * build is not in it: {@link org.labourrights.site.write.SiteStamp} says how long the same inputs
 * make the same site. A part of it is a fingerprint of its own, of what turns one content file
 * into its records, under which {@link RecordCache} keeps them for the next build.
 */
final class SiteInputs {

    /** The project's folders and files a build reads; whatever else it holds (README, sources, node_modules) makes no page. */
    private static final List<String> FOLDERS = List.of("content", "templates", "assets");
    private static final String ENGINE_SETTINGS = "jbake.properties";

    private SiteInputs() {
    }

    /**
     * The project's files by path, size and time: equal before and after a build when nothing
     * was saved while it ran, at the cost of listing them (what {@link #fingerprint} reads whole).
     */
    static String listing(Path root) {
        Fingerprint listing = new Fingerprint();
        for (String folder : FOLDERS) {
            listing.listing(folder, root.resolve(folder));
        }
        return listing.stamp(ENGINE_SETTINGS, root.resolve(ENGINE_SETTINGS)).hex();
    }

    /**
     * The two fingerprints of a project.
     *
     * @param site    of everything the site is made from
     * @param records of what turns one content file into its records, the file apart: a record kept
     *                from an earlier build under the same fingerprint is what reading the same bytes
     *                again would give
     * @param content each file of content/ by its path, with its digest ({@link Fingerprint#of})
     */
    record Digests(String site, String records, Map<Path, String> content) { }

    /** The inputs of a build by this JVM: the generator is what its class path holds. */
    static Digests of(Path root, String baseUrlOverride) {
        return of(root, baseUrlOverride, System.getProperty("java.class.path"));
    }

    static Digests of(Path root, String baseUrlOverride, String classPath) {
        String records = records(root, classPath);
        Fingerprint inputs = new Fingerprint();
        Map<Path, String> content = new HashMap<>();
        for (String folder : FOLDERS) {
            inputs.tree(folder, root.resolve(folder), folder.equals("content") ? content::put : (file, digest) -> { });
        }
        inputs.value("site address given by the host", baseUrlOverride);
        AdminSite.inputs(root).forEach(inputs::value);
        inputs.value("what reads a file", records);
        return new Digests(inputs.hex(), records, content);
    }

    /**
     * What draws the pages, besides what each shows: the generator (by the records' fingerprint,
     * which covers it), the templates with their messages, and the assets whose hashed names and
     * contents the pages hold.
     */
    static String drawing(Path root, Digests inputs) {
        return new Fingerprint().value("generator", inputs.records()).tree("templates", root.resolve("templates"))
                .tree("assets", root.resolve("assets")).hex();
    }

    /**
     * The generator (its classes, its libraries, the JVM and its defaults), JBake's settings, and
     * content/data/, whose languages every file is read in.
     */
    private static String records(Path root, String classPath) {
        Fingerprint reader = new Fingerprint();
        reader.file(ENGINE_SETTINGS, root.resolve(ENGINE_SETTINGS));
        reader.tree("data", root.resolve("content").resolve(ContentInventory.DATA_FOLDER));
        reader.value("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        // The pages are meant not to depend on the JVM's defaults; should one slip in, it is an input too.
        reader.value("defaults", System.getProperty("file.encoding") + " " + Locale.getDefault().toLanguageTag() + " "
                + TimeZone.getDefault().getID());
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            // A folder of classes is rewritten by every compile; a library's jar is replaced whole, under its version's name.
            if (Files.isDirectory(path)) {
                reader.tree("classes " + path.toAbsolutePath().normalize(), path);
            } else {
                reader.stamp("library", path);
            }
        }
        return reader.hex();
    }
}
