package org.labourrights.site.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the public may see, indexed the ways the pages need it. Built once per bake, after
 * validation; every lookup is a map access, so rendering the whole site stays linear.
 */
public final class Site {

    /** Newest first; equal dates by title so that two builds order them the same way. */
    public static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing(Document::date).reversed()
            .thenComparing(Document::title)
            .thenComparing(d -> d.key().toString())
            // Two translations of one title on one day: an order by file, whatever order they were read in.
            .thenComparing(Document::sourcePath);

    private final Languages languages;
    private final List<Document> documents;
    private final Map<Language, List<Document>> byLanguage = new HashMap<>();
    private final Map<Language, Map<DocumentKey, Document>> byKey = new HashMap<>();
    private final Map<Language, Map<Section, List<Document>>> bySection = new HashMap<>();
    private final Map<Language, Map<String, List<Document>>> byCountry = new HashMap<>();
    private final Map<Language, Map<String, List<Document>>> byTag = new HashMap<>();
    private final Map<Language, List<Document>> dated = new HashMap<>();
    private final Map<String, Tag> tags;
    private final List<Case> cases;
    private final Map<String, Case> caseById = new HashMap<>();
    private final Map<String, List<Case>> casesByCountry = new TreeMap<>();
    private final Map<Language, Map<String, List<Document>>> documentsNaming = new HashMap<>();
    private final StatusReview review;
    private final Map<String, List<RelatedCase>> related = new HashMap<>();
    private final Map<String, Redirect> redirects;
    private final List<Redirect> redirectList;

    /**
     * @param publicCases the cases the public may see, already past any embargo
     * @param review      when a case's status is too old to stand without a warning
     * @param redirects   the old addresses of public pages only: one of a hidden page would tell its address
     */
    public Site(Languages languages, List<Document> published, Map<String, Tag> tags, List<Case> publicCases,
                StatusReview review, List<Redirect> redirects) {
        this.languages = languages;
        this.review = review;
        Map<String, Redirect> byAddress = new TreeMap<>();
        redirects.forEach(r -> byAddress.put(r.from(), r));
        this.redirects = Collections.unmodifiableMap(byAddress);
        this.redirectList = List.copyOf(byAddress.values());
        List<Document> sorted = new ArrayList<>(published);
        sorted.sort(NEWEST_FIRST);
        this.documents = Collections.unmodifiableList(sorted);
        this.tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        for (Language language : languages.all()) {
            byLanguage.put(language, new ArrayList<>());
            byKey.put(language, new HashMap<>());
            bySection.put(language, new TreeMap<>());
            byCountry.put(language, new TreeMap<>());
            byTag.put(language, new TreeMap<>());
            dated.put(language, new ArrayList<>());
        }
        // By the name the public sees: a list sorted by a hidden name would tell it by the position.
        this.cases = publicCases.stream().sorted(Comparator.comparing((Case c) -> c.displayName(languages.international()))
                .thenComparing(Case::id)).toList();
        for (Case c : cases) {
            caseById.put(c.id(), c);
            casesByCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
        }
        // Both sides of each relation, between public cases only: a tie to a case under embargo
        // would announce it.
        for (Case c : cases) {
            for (CaseRelation relation : c.relations()) {
                Case other = caseById.get(relation.other());
                if (other != null) {
                    related.computeIfAbsent(c.id(), k -> new ArrayList<>())
                            .add(new RelatedCase(relation.kind(), false, other, relation.source()));
                    related.computeIfAbsent(other.id(), k -> new ArrayList<>())
                            .add(new RelatedCase(relation.kind(), true, c, relation.source()));
                }
            }
        }
        for (Language language : languages.all()) {
            documentsNaming.put(language, new HashMap<>());
        }
        for (Document document : sorted) {
            Language language = document.language();
            for (String id : document.cases()) {
                if (caseById.containsKey(id)) {
                    documentsNaming.get(language).computeIfAbsent(id, k -> new ArrayList<>()).add(document);
                }
            }
            byLanguage.get(language).add(document);
            byKey.get(language).put(document.key(), document);
            bySection.get(language).computeIfAbsent(document.section(), s -> new ArrayList<>()).add(document);
            if (document.section().isDated()) {
                dated.get(language).add(document);
                for (String country : document.countries()) {
                    byCountry.get(language).computeIfAbsent(country, c -> new ArrayList<>()).add(document);
                }
                for (String tag : document.tags()) {
                    byTag.get(language).computeIfAbsent(tag, t -> new ArrayList<>()).add(document);
                }
            }
        }
    }

    /**
     * This site with one document replaced by another that belongs where it did: same address,
     * language, section, countries, tags and cases. Only the lists holding it are copied, and the
     * document is moved within them if its date or title changed; the rest is shared. For the
     * preview, which must not index the whole site again after every keystroke saved.
     */
    public Site withEdited(Document before, Document after) {
        if (!before.key().equals(after.key()) || !before.language().equals(after.language())
                || !before.countries().equals(after.countries()) || !before.tags().equals(after.tags())
                || !before.cases().equals(after.cases()) || find(before.key(), before.language()).orElse(null) != before) {
            throw new IllegalArgumentException(after.sourcePath() + " does not replace " + before.sourcePath() + " in place");
        }
        return new Site(this, before, after);
    }

    private Site(Site site, Document before, Document after) {
        Language language = after.language();
        this.languages = site.languages;
        this.documents = Collections.unmodifiableList(replaced(site.documents, before, after));
        this.tags = site.tags;
        this.review = site.review;
        this.related.putAll(site.related);
        this.cases = site.cases;
        // An edit in place keeps the document's address and aliases, so the redirects stay as they were.
        this.redirects = site.redirects;
        this.redirectList = site.redirectList;
        this.caseById.putAll(site.caseById);
        this.casesByCountry.putAll(site.casesByCountry);
        this.byLanguage.putAll(site.byLanguage);
        this.byKey.putAll(site.byKey);
        this.bySection.putAll(site.bySection);
        this.byCountry.putAll(site.byCountry);
        this.byTag.putAll(site.byTag);
        this.dated.putAll(site.dated);
        this.documentsNaming.putAll(site.documentsNaming);

        byLanguage.put(language, replaced(site.byLanguage.get(language), before, after));
        Map<DocumentKey, Document> keys = new HashMap<>(site.byKey.get(language));
        keys.put(after.key(), after);
        byKey.put(language, keys);
        bySection.put(language, replacedIn(site.bySection.get(language), after.section(), before, after));
        if (after.section().isDated()) {
            dated.put(language, replaced(site.dated.get(language), before, after));
            Map<String, List<Document>> countries = site.byCountry.get(language);
            for (String country : after.countries()) {
                countries = replacedIn(countries, country, before, after);
            }
            byCountry.put(language, countries);
            Map<String, List<Document>> tagged = site.byTag.get(language);
            for (String tag : after.tags()) {
                tagged = replacedIn(tagged, tag, before, after);
            }
            byTag.put(language, tagged);
        }
        Map<String, List<Document>> naming = site.documentsNaming.get(language);
        for (String id : after.cases()) {
            if (naming.containsKey(id)) {
                naming = replacedIn(naming, id, before, after);
            }
        }
        documentsNaming.put(language, naming);
    }

    /** A copy of the map whose list under {@code key} has the document replaced. */
    private static <K> Map<K, List<Document>> replacedIn(Map<K, List<Document>> map, K key, Document before,
                                                          Document after) {
        Map<K, List<Document>> copy = map instanceof TreeMap<K, List<Document>> tree ? new TreeMap<>(tree) : new HashMap<>(map);
        copy.put(key, replaced(map.get(key), before, after));
        return copy;
    }

    /** A copy of a newest-first list with one document taken out and the other put in its place in that order. */
    private static List<Document> replaced(List<Document> sorted, Document before, Document after) {
        List<Document> copy = new ArrayList<>(sorted.size());
        for (Document document : sorted) {
            if (document != before) {
                copy.add(document);
            }
        }
        int at = Collections.binarySearch(copy, after, NEWEST_FIRST);
        copy.add(at < 0 ? -at - 1 : at, after);
        return copy;
    }

    /** All public documents, newest first. */
    public List<Document> documents() {
        return documents;
    }

    /** The public documents in one language, newest first. */
    public List<Document> documents(Language language) {
        return Collections.unmodifiableList(byLanguage.get(language));
    }

    /** The languages the site publishes in. */
    public Languages languages() {
        return languages;
    }

    /**
     * How current {@code c}'s status is (see {@link StatusAsOf#of}); a cited document is dated by
     * whichever of its pages is out, all of which carry the same date.
     */
    public Optional<StatusAsOf> statusAsOf(Case c) {
        return StatusAsOf.of(c, key -> findAny(key).map(Document::date));
    }

    /**
     * A document in whichever language it is out in, the international one first (see
     * {@link Languages#international()}): what the editors' pages and the open data link to.
     */
    public Optional<Document> findAny(DocumentKey key) {
        for (Language language : languages.internationalFirst()) {
            Optional<Document> found = find(key, language);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The public cases {@code c} is tied to, from its side, in the order the files give them. */
    public List<RelatedCase> relatedTo(Case c) {
        return related.getOrDefault(c.id(), List.of());
    }

    /** The build's day (UTC), which deadlines and the age of statuses are judged by. */
    public java.time.LocalDate today() {
        return review.today();
    }

    public StatusReview statusReview() {
        return review;
    }

    /** Whether {@code c}'s status is too old to stand without a warning (see {@link StatusReview}). */
    public boolean needsChecking(Case c) {
        return review.needsChecking(c.status(), statusAsOf(c));
    }

    /** Dated documents (not pages) in one language, newest first: home page and feed order. */
    public List<Document> dated(Language language) {
        return dated.get(language);
    }

    public Optional<Document> find(DocumentKey key, Language language) {
        return Optional.ofNullable(byKey.get(language).get(key));
    }

    /** The same document in the site's other languages, in their order: those it has been translated into. */
    public List<Document> translationsOf(Document document) {
        List<Document> translations = new ArrayList<>();
        for (Language language : languages.others(document.language())) {
            find(document.key(), language).ifPresent(translations::add);
        }
        return translations;
    }

    public List<Document> inSection(Language language, Section section) {
        return bySection.get(language).getOrDefault(section, List.of());
    }

    /** Country codes having at least one document in either language or a case, alphabetical. */
    public List<String> countries() {
        TreeSet<String> codes = new TreeSet<>(casesByCountry.keySet());
        byCountry.values().forEach(m -> codes.addAll(m.keySet()));
        return List.copyOf(codes);
    }

    /** The public cases, by their English name. */
    public List<Case> cases() {
        return cases;
    }

    public Optional<Case> findCase(String id) {
        return Optional.ofNullable(caseById.get(id));
    }

    public List<Case> casesIn(String country) {
        return casesByCountry.getOrDefault(country, List.of());
    }

    /**
     * The documents about a case in one language, newest first: those whose front matter names it
     * and those the case file cites, once each.
     */
    public List<Document> documentsAbout(Case c, Language language) {
        // By identity: a record's hash reads every field, the body included.
        java.util.Set<Document> about = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        about.addAll(documentsNaming.get(language).getOrDefault(c.id(), List.of()));
        for (DocumentKey key : c.documents()) {
            find(key, language).ifPresent(about::add);
        }
        return about.stream().sorted(NEWEST_FIRST).toList();
    }

    /** Public cases a document names, in the order it names them. */
    public List<Case> casesNamedBy(Document document) {
        return document.cases().stream().map(caseById::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Document> aboutCountry(Language language, String code) {
        return byCountry.get(language).getOrDefault(code, List.of());
    }

    /** Tags used by at least one document in either language, in vocabulary order. */
    public List<Tag> usedTags() {
        return tags.values().stream()
                .filter(t -> byTag.values().stream().anyMatch(m -> m.containsKey(t.key())))
                .toList();
    }

    public List<Document> taggedWith(Language language, String tag) {
        return byTag.get(language).getOrDefault(tag, List.of());
    }

    /** The public pages' old addresses, by address. */
    public List<Redirect> redirects() {
        return redirectList;
    }

    /** Where an old address leads, written as the site writes addresses. */
    public Optional<Redirect> redirectFrom(String address) {
        return Optional.ofNullable(redirects.get(address));
    }

    public Tag tag(String key) {
        return tags.get(key);
    }
}
