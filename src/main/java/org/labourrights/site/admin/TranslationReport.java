package org.labourrights.site.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Texts;
import org.labourrights.site.translation.GitHistory;
import org.labourrights.site.translation.TranslationWork;

/**
 * What to translate next, from the public site only: the {@link Site} holds no draft, no embargoed
 * document or case and no private case field, so nothing listed here can reveal one. Three lists:
 * documents published in one language only and translations last committed before their original
 * (both by {@link TranslationWork}'s rule, the one the editors' command uses), and texts of case
 * files that look untranslated (the two languages of a case
 * are required side by side, so an untranslated text shows as the wrong alphabet or a copy).
 */
final class TranslationReport {

    /** A text of a case whose {@code language} side looks like it was never translated. */
    record Untranslated(Case of, String field, Language language, String reason) { }

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private final TranslationWork<Document> documents;
    private final List<Untranslated> untranslated = new ArrayList<>();
    private final GitHistory.State history;

    private TranslationReport(TranslationWork<Document> documents, GitHistory.State history) {
        this.documents = documents;
        this.history = history;
    }

    static TranslationReport of(Site site, GitHistory history) {
        List<TranslationWork.Copy<Document>> copies = site.documents().stream()
                .map(d -> new TranslationWork.Copy<>(d.key().toString(), d.language(), d.sourcePath(), d.isOriginal(), d))
                .toList();
        TranslationReport report = new TranslationReport(
                TranslationWork.of(copies, site.languages().all(), history::lastCommit), history.state());
        for (Case c : site.cases()) {
            texts(c).forEach((field, text) -> report.checkTranslated(c, field, text, site.languages()));
        }
        return report;
    }

    List<TranslationWork.Missing<Document>> missing() {
        return documents.missing();
    }

    List<TranslationWork.Outdated<Document>> outdated() {
        return documents.outdated();
    }

    List<Untranslated> untranslated() {
        return untranslated;
    }

    GitHistory.State history() {
        return history;
    }

    /** The first of the texts that is in the wrong alphabet for its language: most likely copied, not translated. */
    private void checkTranslated(Case c, String field, Texts text, Languages languages) {
        for (Language language : languages.internationalFirst()) {
            if (!text.isWrittenIn(language)) {
                continue;
            }
            String written = text.in(language);
            if (!language.isCyrillic() && CYRILLIC.matcher(written).find()) {
                untranslated.add(new Untranslated(c, field, language, "the " + language.englishName()
                        + " text is written in Cyrillic"));
                return;
            }
            if (language.isCyrillic() && !CYRILLIC.matcher(written).find() && LATIN.matcher(written).find()) {
                untranslated.add(new Untranslated(c, field, language, "the " + language.englishName()
                        + " text has no Cyrillic letter"));
                return;
            }
        }
    }

    /**
     * The texts of a case the public reads, by where they are in the file. The real name of a
     * person shown by initials or pseudonym is not among them: it is never shown, so it needs no
     * translation, and listing it here would show it.
     */
    private static Map<String, Texts> texts(Case c) {
        Map<String, Texts> texts = new LinkedHashMap<>();
        switch (c.nameDisplay()) {
            case FULL -> texts.put("name", c.name());
            case PSEUDONYM -> texts.put("pseudonym", c.pseudonym());
            case INITIALS -> { }
        }
        putIfPresent(texts, "role", c.role());
        putIfPresent(texts, "organisation", c.organisation());
        putIfPresent(texts, "sentence", c.sentence());
        for (int i = 0; i < c.charges().size(); i++) {
            texts.put("charge " + (i + 1), c.charges().get(i).wording());
        }
        for (int i = 0; i < c.events().size(); i++) {
            texts.put("event " + (i + 1), c.events().get(i).text());
        }
        for (int i = 0; i < c.demands().size(); i++) {
            texts.put("demand " + (i + 1), c.demands().get(i));
        }
        for (int i = 0; i < c.sources().size(); i++) {
            putIfPresent(texts, "source " + (i + 1) + ", note", c.sources().get(i).note());
        }
        for (int i = 0; i < c.affiliates().size(); i++) {
            texts.put("affiliate " + (i + 1), c.affiliates().get(i));
        }
        return texts;
    }

    private static void putIfPresent(Map<String, Texts> texts, String field, Texts text) {
        if (text != null) {
            texts.put(field, text);
        }
    }
}
