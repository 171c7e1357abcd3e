package org.labourrights.site.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourrights.site.content.Problem;

/**
 * One language's interface words, {@code templates/i18n/<code>.properties}, with the line each
 * word is on: a translator who left one out is told where it belongs.
 *
 * @param file  the file as an editor names it, from the project's root
 * @param words key → pattern, as {@link Properties} reads them
 * @param lines key → the line it is on, in the file's order
 */
record WordsFile(String file, Map<String, String> words, Map<String, Integer> lines) {

    private static final Pattern KEY = Pattern.compile("^\\s*([^\\s=:#!][^\\s=:]*)\\s*[=:]");

    static WordsFile read(Path path, String file) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> words = new HashMap<>();
        properties.forEach((key, value) -> words.put((String) key, (String) value));
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> all = text.lines().toList();
        boolean continued = false;
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            Matcher key = KEY.matcher(line);
            if (!continued && key.find()) {
                lines.putIfAbsent(key.group(1), i + 1);
            }
            continued = continues(line);
        }
        return new WordsFile(file, words, lines);
    }

    /** A line ending in an odd number of backslashes goes on in the next, as Properties reads it. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    /**
     * A key of {@code reference} this file lacks, at the line of this file where it belongs: after
     * the word that comes before it in the reference, or at the top.
     */
    Problem missing(String key, WordsFile reference) {
        int line = 1;
        for (Map.Entry<String, Integer> before : reference.lines.entrySet()) {
            if (before.getKey().equals(key)) {
                break;
            }
            line = lines.getOrDefault(before.getKey(), line);
        }
        return new Problem(file, line, "has no '" + key + "', which " + reference.file + ":"
                + reference.lines.getOrDefault(key, 1) + " has; add a line " + key + "=… with its words in this"
                + " language");
    }
}
