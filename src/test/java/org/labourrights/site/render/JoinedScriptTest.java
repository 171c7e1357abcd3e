package org.labourrights.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.content.ContentException;

/**
 * The search client's ES-module parts (assets/js/search/) joined into the one script visitors get:
 * the real parts in the order of their list, the same bytes every time, nothing of the module
 * syntax or of the tests left in it; and a mistake in a part stopping the build at its line.
 */
class JoinedScriptTest {

    private static final Path ASSETS = Path.of("assets").toAbsolutePath();
    private static final Path PARTS = ASSETS.resolve("js/search");
    private static final Pattern MODULE_SYNTAX = Pattern.compile("(?m)^\\s*(import|export)\\b");

    @TempDir
    Path work;

    @Test
    void theRealPartsAreJoinedInTheOrderOfTheirListAndAllOfThem() throws IOException {
        String joined = joinedSearch();
        List<String> listed = listedParts();
        List<String> files;
        try (Stream<Path> inFolder = Files.list(PARTS)) {
            files = inFolder.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".mjs")).sorted().toList();
        }
        assertEquals(files, listed.stream().sorted().toList(), "parts.txt lists every part, once");
        assertTrue(listed.indexOf("numbers.mjs") < listed.indexOf("searcher.mjs"), listed.toString());
        assertEquals("start.mjs", listed.get(listed.size() - 1), "the page starts once every part is defined");
        int at = -1;
        for (String part : listed) {
            int next = joined.indexOf("// ---------------------------------------------------------------- " + part + "\n");
            assertTrue(next > at, part + " is not joined after the part above it in parts.txt");
            at = next;
        }
        for (String part : listed) {
            for (String line : Files.readAllLines(PARTS.resolve(part))) {
                if (!MODULE_SYNTAX.matcher(line).find()) {
                    assertTrue(joined.contains(line), part + " lost a line: " + line);
                }
            }
        }
    }

    @Test
    void theJoinedScriptIsOneClassicScriptWithoutModuleSyntaxOrTestCode() {
        String joined = joinedSearch();
        assertFalse(MODULE_SYNTAX.matcher(joined).find(), "an import or export line is left");
        assertTrue(joined.startsWith("/* assets/js/search/, joined in the order of its parts.txt"), joined.substring(0, 100));
        assertTrue(joined.contains("\n(function () {\n'use strict';\n"), "one strict function around everything");
        assertTrue(joined.endsWith("})();\n})();\n"), "it ends with the last part's function and the outer one");
        assertTrue(joined.contains("const { Tokenizer } = (function () {\n"), "a part's exports are what its function returns");
        for (String test : List.of("node:test", "node:assert", "tinyIndex", "FakeDocument", "src/test")) {
            assertFalse(joined.contains(test), "the joined script holds test code: " + test);
        }
    }

    @Test
    void theSameBytesEveryTimeWhateverTheCheckoutsLineEnds() throws IOException {
        byte[] once = AssetPipeline.contents(ASSETS).get("js/search.js");
        assertArrayEquals(once, AssetPipeline.contents(ASSETS).get("js/search.js"));
        Path copy = work.resolve("assets/js/search");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(PARTS)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file).replace("\n", "\r\n");
                Files.writeString(copy.resolve(file.getFileName()), text);
            }
        }
        assertArrayEquals(once, AssetPipeline.contents(work.resolve("assets")).get("js/search.js"));
    }

    @Test
    void theSitePublishesOneSearchScriptAndNoPart() throws IOException {
        Path site = work.resolve("site");
        Map<String, String> addresses = AssetPipeline.publish(ASSETS, site);
        String address = addresses.get("js/search.js");
        assertTrue(address.matches("/assets/js/search\\.[0-9a-f]{10}\\.js"), address);
        assertFalse(addresses.keySet().stream().anyMatch(a -> a.startsWith("js/search/")), addresses.toString());
        try (Stream<Path> files = Files.walk(site)) {
            List<String> published = files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString()).toList();
            assertEquals(List.of(address.substring(1)), published.stream().filter(f -> f.contains("search")).toList());
            assertFalse(published.stream().anyMatch(f -> f.endsWith(".mjs") || f.endsWith("parts.txt")), published.toString());
        }
        assertArrayEquals(AssetPipeline.contents(ASSETS).get("js/search.js"), Files.readAllBytes(site.resolve(address.substring(1))));
    }

    @Test
    void eachPartKeepsItsPrivateNamesAndHandsOnOnlyItsExports() throws Exception {
        parts("a.mjs\nb.mjs\n",
                "a.mjs", "const secret = 'a';\nexport function fromA() {\n  return secret;\n}\n",
                "b.mjs", "import { fromA } from './a.mjs';\n\nconst secret = 'b';\n"
                        + "export const both = fromA() + secret;\nglobalThis.result = [both, typeof secret];\n");
        assertEquals("ab,string undefined undefined undefined", node("require('vm').runInThisContext("
                + "require('fs').readFileSync(process.argv[1], 'utf8')); console.log(String(globalThis.result),"
                + " typeof secret, typeof fromA, typeof both)", work.resolve("joined.js")),
                "each part sees its own secret, and the script, run in the global scope, defines no global");
    }

    @Test
    void aPartThatImportsFromAPartBelowItIsRefusedAtItsLine() throws IOException {
        assertProblem("assets/js/x/a.mjs:2: b.mjs is not listed above a.mjs in parts.txt: a part imports only from parts"
                + " above it, so move one of the two lines", parts("a.mjs\nb.mjs\n",
                "a.mjs", "// a\nimport { b } from './b.mjs';\nexport const a = b;\n",
                "b.mjs", "export const b = 1;\n"));
    }

    @Test
    void aPartNotInTheListOrAListedPartThatIsMissingIsRefused() throws IOException {
        assertProblem("assets/js/x/b.mjs:1: this file is in a joined script's folder but not in its parts.txt: list it"
                + " there after the parts it imports from (only parts belong here)",
                parts("a.mjs\n", "a.mjs", "export const a = 1;\n", "b.mjs", "export const b = 1;\n"));
        assertProblem("assets/js/x/parts.txt:3: there is no assets/js/x/c.mjs: create it or take its line out",
                parts("# the order\na.mjs\nc.mjs  # not written yet\n", "a.mjs", "export const a = 1;\n"));
    }

    @Test
    void importsAndExportsTheJoinDoesNotKnowAreRefusedWithWhatToWrite() throws IOException {
        assertProblem("assets/js/x/b.mjs:1: only named imports from a part of this folder are joined: write import"
                + " { name, other } from './part.mjs'; (no \"as\", default or namespace imports, nothing after the"
                + " semicolon)", parts("a.mjs\nb.mjs\n", "a.mjs", "export const a = 1;\n",
                "b.mjs", "import * as all from './a.mjs';\n"));
        assertProblem("assets/js/x/a.mjs:2: only \"export\" before one declaration is joined: write export function"
                + " name(…), export class Name, export const name = … at the start of the line (not export lists,"
                + " default or re-exports)", parts("a.mjs\n", "a.mjs", "const a = 1;\nexport default a;\n"));
        assertProblem("assets/js/x/b.mjs:1: \"a as alias\" is not joined: import names as they are exported (no \"as\")",
                parts("a.mjs\nb.mjs\n", "a.mjs", "export const a = 1;\n", "b.mjs", "import { a as alias } from './a.mjs';\n"));
        assertProblem("assets/js/x/b.mjs:1: a.mjs exports no \"c\"; it exports: a, f",
                parts("a.mjs\nb.mjs\n", "a.mjs", "export const a = 1;\nexport function f() {}\n",
                        "b.mjs", "import {\n  a,\n  c\n} from './a.mjs';\n"));
        assertProblem("assets/js/x/b.mjs:2: a.mjs exports \"a\" already: parts share one scope for their exports, so"
                + " give one of them another name", parts("a.mjs\nb.mjs\n", "a.mjs", "export const a = 1;\n",
                "b.mjs", "// b\nexport const a = 2;\n"));
    }

    @Test
    void aScriptAndAJoinedFolderOfTheSameNameAreRefused() throws IOException {
        parts("a.mjs\n", "a.mjs", "export const a = 1;\n");
        Files.writeString(work.resolve("assets/js/x.js"), "var x;\n");
        ContentException e = assertThrows(ContentException.class, () -> AssetPipeline.contents(work.resolve("assets")));
        assertEquals("assets/js/x.js:1: assets/js/x/ is published as js/x.js too (it has a parts.txt): keep one of them",
                e.getMessage());
    }

    /** Writes assets/js/x/ anew with parts.txt and the named files; returns the folder, the join (if any) in joined.js. */
    private Path parts(String list, String... files) throws IOException {
        Path folder = work.resolve("assets/js/x");
        Files.createDirectories(folder);
        try (Stream<Path> earlier = Files.list(folder)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(folder.resolve("parts.txt"), list);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(folder.resolve(files[i]), files[i + 1]);
        }
        try {
            Files.write(work.resolve("joined.js"), AssetPipeline.contents(work.resolve("assets")).get("js/x.js"));
        } catch (ContentException refused) {
            // The test asks for the problem.
        }
        return folder;
    }

    private void assertProblem(String expected, Path folder) {
        ContentException e = assertThrows(ContentException.class, () -> JoinedScript.join(folder, "assets/js/x/"));
        assertEquals(expected, e.getMessage());
        ContentException published = assertThrows(ContentException.class,
                () -> AssetPipeline.publish(work.resolve("assets"), work.resolve("site")));
        assertEquals(expected, published.getMessage(), "the build stops with the same problem");
    }

    private static String joinedSearch() {
        return new String(AssetPipeline.contents(ASSETS).get("js/search.js"), StandardCharsets.UTF_8);
    }

    private static List<String> listedParts() throws IOException {
        List<String> parts = new ArrayList<>();
        for (String line : Files.readAllLines(PARTS.resolve(JoinedScript.PARTS))) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts;
    }

    /** Runs a script under node with one file argument; skipped without node, except in CI. */
    private static String node(String script, Path argument) throws Exception {
        String node = null;
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "node"))) {
                node = Path.of(folder, "node").toString();
                break;
            }
        }
        if (node == null && System.getenv("CI") != null) {
            fail("node is not on the PATH, and CI needs it");
        }
        assumeTrue(node != null, "SKIPPED: node is not on the PATH; install Node.js 20 to run the joined script");
        Process process = new ProcessBuilder(node, "-e", script, argument.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "node did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
