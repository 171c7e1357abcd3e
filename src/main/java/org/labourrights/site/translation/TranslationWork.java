package org.labourrights.site.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.labourrights.site.model.Language;

/**
 * The one rule of what to translate next, for the editors' command (all files, drafts too) and
 * for the site's translation page (what the public reads): a document missing in a language, and
 * a translation last committed before its original. A file git has no commit for (not committed
 * yet, or a copy without history) cannot be judged older or newer, so it is never listed as
 * outdated: the list says only what the history proves.
 *
 * @param <T> what the caller reports with: a file's path, or a published document
 */
public final class TranslationWork<T> {

    /** One language's file of a document: {@code pair} names the document whatever the language. */
    public record Copy<T>(String pair, Language language, String file, boolean original, T item) { }

    /** A document with no file in {@code missing}; {@code fileToWrite} is where its translation goes. */
    public record Missing<T>(T present, Language missing, String fileToWrite) { }

    /** A translation whose file was last committed before its original's (seconds since 1970). */
    public record Outdated<T>(T original, T translation, long originalCommitted, long translationCommitted) { }

    private final List<Missing<T>> missing = new ArrayList<>();
    private final List<Outdated<T>> outdated = new ArrayList<>();

    private TranslationWork() {
    }

    /**
     * @param copies     every language file of every document, in the order the lists should keep
     * @param languages  the site's languages: a document is expected in each
     * @param lastCommit when a file (relative to the project, with '/') was last committed
     */
    public static <T> TranslationWork<T> of(Collection<Copy<T>> copies, List<Language> languages,
            Function<String, Optional<Long>> lastCommit) {
        Map<String, List<Copy<T>>> pairs = new LinkedHashMap<>();
        copies.forEach(copy -> pairs.computeIfAbsent(copy.pair(), p -> new ArrayList<>()).add(copy));
        TranslationWork<T> work = new TranslationWork<>();
        pairs.values().forEach(pair -> {
            work.listMissing(pair, languages);
            work.listOutdated(pair, lastCommit);
        });
        return work;
    }

    public List<Missing<T>> missing() {
        return List.copyOf(missing);
    }

    public List<Outdated<T>> outdated() {
        return List.copyOf(outdated);
    }

    private void listMissing(List<Copy<T>> pair, List<Language> languages) {
        // The original is what a translator works from; without one, any copy will do.
        Copy<T> present = pair.stream().filter(Copy::original).findFirst().orElse(pair.get(0));
        for (Language language : languages) {
            if (pair.stream().noneMatch(copy -> copy.language().equals(language))) {
                String file = present.file().replaceAll("\\." + present.language().code() + "\\.md$",
                        "." + language.code() + ".md");
                missing.add(new Missing<>(present.item(), language, file));
            }
        }
    }

    private void listOutdated(List<Copy<T>> pair, Function<String, Optional<Long>> lastCommit) {
        Optional<Copy<T>> original = pair.stream().filter(Copy::original).findFirst();
        if (original.isEmpty()) {
            return;
        }
        Optional<Long> originalTime = lastCommit.apply(original.get().file());
        for (Copy<T> translation : pair) {
            if (translation.original()) {
                continue;
            }
            Optional<Long> translationTime = lastCommit.apply(translation.file());
            if (originalTime.isPresent() && translationTime.isPresent() && translationTime.get() < originalTime.get()) {
                outdated.add(new Outdated<>(original.get().item(), translation.item(),
                        originalTime.get(), translationTime.get()));
            }
        }
    }
}
