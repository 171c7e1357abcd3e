package org.labourrights.site.index;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.labourrights.site.render.AssetPipeline;

/**
 * The browser's search engine run under Node through src/test/js/support/engine-cli.mjs, so Java
 * tests can compare it with Lucene: the script visitors get, joined from assets/js/search/ by
 * {@link AssetPipeline}. Without Node a test is skipped with a message saying so; in CI (CI set),
 * Node is required and its absence fails.
 */
public final class NodeEngine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CLI = RealContent.PROJECT.resolve("src/test/js/support/engine-cli.mjs");
    /** The joined script, written once per test run. */
    private static Path script;

    private NodeEngine() {
    }

    /** Skips the calling test (or fails it in CI) when there is no node on the PATH. */
    static void require() {
        boolean found = node() != null;
        if (!found && System.getenv("CI") != null) {
            fail("node is not on the PATH, and CI needs it for the browser-engine parity tests");
        }
        assumeTrue(found, "SKIPPED: node is not on the PATH, so the browser engine cannot be compared with Lucene;"
                + " install Node.js 20 to run this test");
    }

    /** Sends one request to the engine and returns its answer. */
    public static JsonNode call(Map<String, Object> request) {
        require();
        try {
            Path folder = Files.createTempDirectory("engine-cli");
            Path in = folder.resolve("request.json");
            Path out = folder.resolve("answer.json");
            JSON.writeValue(in.toFile(), request);
            Process process = new ProcessBuilder(node(), CLI.toString(), in.toString(), out.toString(), script().toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("node did not answer within 5 minutes");
            }
            if (process.exitValue() != 0) {
                fail("node exited with " + process.exitValue() + ":\n" + output);
            }
            JsonNode answer = JSON.readTree(out.toFile());
            Files.delete(in);
            Files.delete(out);
            Files.delete(folder);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The search script as the site publishes it, in a file for node to read. */
    private static synchronized Path script() throws IOException {
        if (script == null) {
            Path file = Files.createTempFile("search", ".js");
            file.toFile().deleteOnExit();
            Files.write(file, AssetPipeline.contents(RealContent.PROJECT.resolve("assets")).get("js/search.js"));
            script = file;
        }
        return script;
    }

    private static String node() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
