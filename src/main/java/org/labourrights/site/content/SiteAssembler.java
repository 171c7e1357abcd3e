package org.labourrights.site.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.StatusReview;
import org.labourrights.site.model.Tag;
import org.labourrights.site.model.Urls;

/**
 * Checks what no single file can tell (two files claiming one address, translations disagreeing
 * about their original, tags outside the vocabulary, aliases that clash) and keeps only what the
 * public may see: drafts and embargoed documents go no further than this class, nor do their aliases.
 */
public final class SiteAssembler {

    private final Languages languages;
    private final Map<String, Tag> vocabulary;
    private final Instant now;
    private final int statusCheckMonths;

    /**
     * @param now               the moment embargoes are judged against; its day (UTC) is the
     *                          day statuses are judged by
     * @param statusCheckMonths see {@link SiteSettings#statusCheckMonths()}
     */
    public SiteAssembler(Languages languages, Map<String, Tag> vocabulary, Instant now, int statusCheckMonths) {
        this.languages = languages;
        this.vocabulary = vocabulary;
        this.now = now;
        this.statusCheckMonths = statusCheckMonths;
    }

    public Site assemble(List<Document> all) {
        return assemble(all, List.of());
    }

    /**
     * @param cases every case read, public or not: a document may name a case whose page is not
     *              out yet, but not one that does not exist
     */
    public Site assemble(List<Document> all, List<Case> cases) {
        java.util.Set<String> caseIds = new java.util.TreeSet<>();
        cases.forEach(c -> caseIds.add(c.id()));
        List<Problem> problems = new ArrayList<>();
        Map<String, Document> byUrl = new HashMap<>();
        Map<DocumentKey, Map<Language, Document>> pairs = new HashMap<>();
        for (Document document : all) {
            Document earlier = byUrl.putIfAbsent(Urls.document(document), document);
            if (earlier != null) {
                Document[] both = ordered(earlier, document);
                problems.add(new Problem(both[1].sourcePath(), both[1].lineOf("slug"), "this file and "
                        + both[0].sourcePath() + " both claim the address " + Urls.document(document)
                        + "; give one of them another file name or another 'slug:'"));
            }
            pairs.computeIfAbsent(document.key(), k -> new HashMap<>()).put(document.language(), document);
            for (String id : document.cases()) {
                if (!caseIds.contains(id)) {
                    problems.add(new Problem(document.sourcePath(), document.lineOf("cases"), "unknown case '" + id + "'"
                            + Suggestion.didYouMean(id, caseIds) + "; a case is named by its file in content/cases/"
                            + " without .yaml"));
                }
            }
            for (String tag : document.tags()) {
                if (!vocabulary.containsKey(tag)) {
                    problems.add(new Problem(document.sourcePath(), document.lineOf("tags"), "unknown tag '" + tag + "'"
                            + Suggestion.didYouMean(tag, vocabulary.keySet()) + "; use a tag listed in content/data/tags.yaml,"
                            + " or add it there with its Russian and English names"));
                }
            }
        }
        problems.addAll(AliasRules.clashes(languages, all, cases));
        for (Map<Language, Document> translations : pairs.values()) {
            // Each translation is held to the original, or, while none says it is one, to the first language's.
            List<Document> inOrder = languages.all().stream().map(translations::get).filter(Objects::nonNull).toList();
            Document reference = inOrder.stream().filter(Document::isOriginal).findFirst().orElse(inOrder.get(0));
            for (Document translation : inOrder) {
                if (translation != reference) {
                    problems.addAll(PairFacts.disagreements(reference, translation));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        // An embargo holds the whole document: while either language's file is under one, neither is out.
        Set<DocumentKey> embargoed = new HashSet<>();
        all.stream().filter(d -> d.embargo() != null && now.isBefore(d.embargo())).forEach(d -> embargoed.add(d.key()));
        List<Document> published = all.stream().filter(d -> d.isPublicAt(now) && !embargoed.contains(d.key())).toList();
        Set<DocumentKey> citable = new HashSet<>();
        published.forEach(d -> citable.add(d.key()));
        CaseChecks.check(cases, citable);
        Map<DocumentKey, PartialDate> dates = new HashMap<>();
        published.forEach(d -> dates.put(d.key(), d.date()));
        CaseChecks.checkStatusDates(cases, dates);
        CaseChecks.checkEventDates(cases, dates);
        List<Case> publicCases = cases.stream().filter(c -> c.isPublicAt(now)).toList();
        return new Site(languages, published, vocabulary, publicCases,
                new StatusReview(LocalDate.ofInstant(now, ZoneOffset.UTC), statusCheckMonths),
                AliasRules.redirects(languages, published, publicCases));
    }

    /**
     * The site with one public document replaced by its edited version, when the edit changes
     * nothing that the checks above or the site's indexes look at: its file, address, language,
     * original, publication, section, countries, tags, cases, aliases and whether it is a campaign
     * stay as they were, so every check would answer as it did. Title, date, summary, place, event, body
     * and links may change; a changed date only when the cases' status and event dates still stand
     * against it (see {@link CaseChecks#checkStatusDates}, {@link CaseChecks#checkEventDates}), so
     * that the preview, assembling again, reports the event a new date would make impossible.
     * Empty when the whole site must be assembled again instead.
     */
    public Optional<Site> editInPlace(Site site, Document before, Document after) {
        boolean inPlace = before.sourcePath().equals(after.sourcePath()) && before.key().equals(after.key())
                && before.urlSlug().equals(after.urlSlug()) && before.language().equals(after.language())
                && before.original().equals(after.original()) && before.status() == after.status()
                && Objects.equals(before.embargo(), after.embargo()) && before.isPublicAt(now) && after.isPublicAt(now)
                && before.countries().equals(after.countries()) && before.tags().equals(after.tags())
                && before.cases().equals(after.cases()) && before.aliases().equals(after.aliases())
                && (before.campaign() == null) == (after.campaign() == null)
                && site.find(before.key(), before.language()).orElse(null) == before;
        if (inPlace && !before.date().equals(after.date()) && !caseDatesStand(site, after)) {
            return Optional.empty();
        }
        return inPlace ? Optional.of(site.withEdited(before, after)) : Optional.empty();
    }

    /** Whether the cases' dated statuses and events can still come from their documents once {@code after} is dated so. */
    private static boolean caseDatesStand(Site site, Document after) {
        Map<DocumentKey, PartialDate> dates = new HashMap<>();
        site.documents().forEach(d -> dates.put(d.key(), d.date()));
        dates.put(after.key(), after.date());
        try {
            CaseChecks.checkStatusDates(site.cases(), dates);
            CaseChecks.checkEventDates(site.cases(), dates);
            return true;
        } catch (ContentException e) {
            return false;
        }
    }

    /**
     * Whether each edited document still agrees with its translation in {@code site} on the facts
     * both state (see {@link PairFacts}); the preview asks after patching the site in place, and
     * assembles the whole site again, reporting the disagreement, when one does not.
     */
    public boolean pairsAgree(Site site, Collection<Document> edited) {
        for (Document document : edited) {
            for (Document translation : site.translationsOf(document)) {
                if (!PairFacts.disagreements(document, translation).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Document[] ordered(Document a, Document b) {
        return a.sourcePath().compareTo(b.sourcePath()) <= 0 ? new Document[] {a, b} : new Document[] {b, a};
    }
}
