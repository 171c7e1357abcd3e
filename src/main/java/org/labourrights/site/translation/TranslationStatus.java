package org.labourrights.site.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What to translate next: documents that exist in one language only, and translations last
 * changed before their original was (by git history), so editors see which pair drifted apart.
 */
public final class TranslationStatus {

    /** One line of the report: the document, what is wrong, and the file to work on. */
    public record Entry(String document, String problem, String toEdit) { }

    private static final Pattern ORIGINAL = Pattern.compile("(?m)^original:\\s*(ru|en)\\s*$");

    private TranslationStatus() {
    }

    /**
     * @param lastChange when each file (relative to the project, with '/') was last committed, in
     *                   seconds; files git does not know yet count as changed now
     */
    public static List<Entry> of(Path project, Map<String, Long> lastChange) {
        Map<String, Map<String, String>> pairs = new TreeMap<>();
        Path content = project.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String relative = project.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                String[] parts = name.split("\\.");
                if (parts.length != 3) {
                    continue;
                }
                String key = project.relativize(file.getParent()).toString().replace('\\', '/') + "/" + parts[0];
                pairs.computeIfAbsent(key, k -> new HashMap<>()).put(parts[1], relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        long now = System.currentTimeMillis() / 1000;
        pairs.forEach((key, byLanguage) -> {
            String ru = byLanguage.get("ru");
            String en = byLanguage.get("en");
            if (ru == null || en == null) {
                String present = ru != null ? ru : en;
                String missing = ru != null ? "English" : "Russian";
                entries.add(new Entry(key, "no " + missing + " translation yet",
                        present.replaceAll("\\.(ru|en)\\.md$", ru != null ? ".en.md" : ".ru.md")));
                return;
            }
            String original = original(project.resolve(ru));
            if (original == null) {
                return;
            }
            String source = original.equals("ru") ? ru : en;
            String translation = original.equals("ru") ? en : ru;
            long sourceTime = lastChange.getOrDefault(source, now);
            long translationTime = lastChange.getOrDefault(translation, now);
            if (translationTime < sourceTime) {
                entries.add(new Entry(key, "the original " + source + " changed after its translation", translation));
            }
        });
        return entries;
    }

    private static String original(Path file) {
        try {
            Matcher m = ORIGINAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
