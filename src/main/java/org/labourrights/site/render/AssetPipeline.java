package org.labourrights.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;

/**
 * Copies {@code assets/} into the site under names that carry a hash of their bytes
 * ({@code /assets/css/site.3f9a0c21b4.css}), so they can be cached for a year and a new version
 * is a new address. Templates ask for {@code assets["css/site.css"]}.
 *
 * <p>A folder holding a {@code parts.txt} is one script, not a folder of assets: its ES-module
 * parts are joined in the listed order ({@link JoinedScript}) and published under the folder's
 * name, so {@code assets/js/search/} is {@code assets["js/search.js"]}, one file.
 */
public final class AssetPipeline {

    private AssetPipeline() {
    }

    /** @return each asset's path under assets/ mapped to its published address */
    public static Map<String, String> publish(Path assets, Path site) {
        Map<String, String> addresses = new TreeMap<>();
        try {
            for (Map.Entry<String, byte[]> asset : contents(assets).entrySet()) {
                String published = "assets/" + fingerprinted(asset.getKey(), asset.getValue());
                Path target = site.resolve(published);
                Files.createDirectories(target.getParent());
                Files.write(target, asset.getValue());
                addresses.put(asset.getKey(), "/" + published);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return addresses;
    }

    /**
     * Every asset as it is published, before its name is fingerprinted: each path under assets/
     * ({@code css/site.css}, a joined script as {@code js/search.js}) mapped to its bytes, in order
     * of path. What the site serves, for whatever else needs those bytes (tests, benchmarks).
     */
    public static Map<String, byte[]> contents(Path assets) {
        Map<String, byte[]> contents = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return contents;
        }
        try (Stream<Path> paths = Files.walk(assets)) {
            for (Path path : paths.sorted().toList()) {
                String relative = assets.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || relative.startsWith(".") || relative.contains("/.") || insideJoined(assets, path)) {
                    continue;
                }
                if (Files.isDirectory(path) && JoinedScript.isParts(path)) {
                    String script = relative + ".js";
                    if (Files.exists(assets.resolve(script))) {
                        throw new ContentException(new Problem("assets/" + script, 1, "assets/" + relative + "/ is"
                                + " published as " + script + " too (it has a " + JoinedScript.PARTS + "): keep one of them"));
                    }
                    contents.put(script, JoinedScript.join(path, "assets/" + relative + "/"));
                } else if (Files.isRegularFile(path)) {
                    contents.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** Whether a path is inside a joined script's folder (its parts are published joined, not one by one). */
    private static boolean insideJoined(Path assets, Path path) {
        for (Path folder = path.getParent(); folder != null && folder.startsWith(assets) && !folder.equals(assets);
                folder = folder.getParent()) {
            if (JoinedScript.isParts(folder)) {
                return true;
            }
        }
        return false;
    }

    static String fingerprinted(String relative, byte[] bytes) {
        String hash = sha256(bytes).substring(0, 10);
        int dot = relative.lastIndexOf('.');
        int slash = relative.lastIndexOf('/');
        return dot > slash ? relative.substring(0, dot) + "." + hash + relative.substring(dot) : relative + "." + hash;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
