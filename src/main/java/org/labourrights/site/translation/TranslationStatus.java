package org.labourrights.site.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;

/**
 * The editors' command's list of what to translate next, read from the files themselves (drafts
 * too: a draft is work to do) by {@link TranslationWork}'s rule, the one the site's translation
 * page uses.
 */
public final class TranslationStatus {

    /** One line of the report: the document, what is wrong, and the file to work on. */
    public record Entry(String document, String problem, String toEdit) { }

    private static final Pattern ORIGINAL = Pattern.compile("(?m)^original:\\s*(\\S+)\\s*$");

    private TranslationStatus() {
    }

    /**
     * @param lastCommit when each file (relative to the project, with '/') was last committed, in
     *                   seconds; a file git does not know is judged neither older nor newer
     */
    public static List<Entry> of(Path project, Languages languages, Map<String, Long> lastCommit) {
        TranslationWork<String> work = TranslationWork.of(copies(project, languages), languages.all(),
                file -> Optional.ofNullable(lastCommit.get(file)));
        List<Entry> entries = new ArrayList<>();
        for (TranslationWork.Missing<String> missing : work.missing()) {
            entries.add(new Entry(pair(missing.present()), "no " + missing.missing().englishName() + " translation yet",
                    missing.fileToWrite()));
        }
        for (TranslationWork.Outdated<String> outdated : work.outdated()) {
            entries.add(new Entry(pair(outdated.original()),
                    "the original " + outdated.original() + " changed after its translation", outdated.translation()));
        }
        entries.sort(Comparator.comparing(Entry::document));
        return entries;
    }

    /** Each {@code name.<language>.md} under content/, sorted by document, then language. */
    private static List<TranslationWork.Copy<String>> copies(Path project, Languages languages) {
        List<TranslationWork.Copy<String>> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String relative = project.relativize(file).toString().replace('\\', '/');
                String[] parts = file.getFileName().toString().split("\\.");
                Optional<Language> language = parts.length == 3 ? languages.byCode(parts[1]) : Optional.empty();
                if (language.isPresent()) {
                    copies.add(new TranslationWork.Copy<>(pair(relative), language.get(), relative,
                            language.get().code().equals(original(file)), relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copies.sort(Comparator.comparing((TranslationWork.Copy<String> c) -> c.pair()).thenComparingInt(c -> languages.all().indexOf(c.language())));
        return copies;
    }

    private static String pair(String file) {
        return file.replaceAll("\\.[^./]+\\.md$", "");
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
