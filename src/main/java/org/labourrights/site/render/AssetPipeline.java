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

/**
 * Copies {@code assets/} into the site under names that carry a hash of their bytes
 * ({@code /assets/css/site.3f9a0c21b4.css}), so they can be cached for a year and a new version
 * is a new address. Templates ask for {@code assets["css/site.css"]}.
 */
public final class AssetPipeline {

    private AssetPipeline() {
    }

    /** @return each asset's path under assets/ mapped to its published address */
    public static Map<String, String> publish(Path assets, Path site) {
        Map<String, String> addresses = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return addresses;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = assets.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String published = "assets/" + fingerprinted(relative, bytes);
                Path target = site.resolve(published);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                addresses.put(relative, "/" + published);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return addresses;
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
