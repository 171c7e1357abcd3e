package org.labourrights.site.index.live;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.analysis.CorpusTokens;
import org.labourrights.site.index.analysis.Names;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.index.inversion.Inversion;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;
import org.labourrights.site.index.inversion.LanguageIndex.FieldStats;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;

/**
 * The inversion of a full build ({@link Inversion}) kept and changed by edits: the touched
 * documents analyzed again (the vocabulary grows, no word is forgotten; each word counts the
 * documents it is in), their entries patched into the stems' postings, the field lengths set,
 * the word forms computed again when a word came or went, and the terms whose stems or forms
 * changed merged again, by the same rules as a full build's ({@link Inversion#term}).
 */
final class LiveInversion {

    private final Inversion inversion;

    LiveInversion(Inversion inversion) {
        this.inversion = inversion;
    }

    WordForms forms() {
        return inversion.forms;
    }

    /**
     * The names of the words some document still has, written as names by every document that
     * has them, under the current forms: made again at each edit, as a word may have come, gone,
     * been written another way or changed its term.
     */
    Names names() {
        return inversion.names(word -> inversion.capitalDocs[word] > 0 && inversion.plainDocs[word] == 0);
    }

    /** BM25's statistics of each field, from the lengths. */
    Map<String, FieldStats> stats() {
        return Map.of(LanguageIndex.TITLE, inversion.stats(LanguageIndex.TITLE),
                LanguageIndex.BODY, inversion.stats(LanguageIndex.BODY));
    }

    /** The touched numbers' entries before and after the edit (title, body), and how many more documents each word is in. */
    record Reanalysis(List<FieldEntries> before, List<FieldEntries> after, Map<Integer, Integer> wordDocs) { }

    /**
     * Analyzes each touched number's old and new version, the new words stemmed (their stems get
     * room for postings), and sets the new versions' field lengths.
     */
    Reanalysis reanalyse(Edit edit, int documents) {
        growDocuments(documents);
        Map<Integer, Integer> wordDocs = new HashMap<>();
        List<FieldEntries> before = List.of(new FieldEntries(), new FieldEntries());
        List<FieldEntries> after = List.of(new FieldEntries(), new FieldEntries());
        for (Map.Entry<Integer, SearchDocument> entry : edit.previous().entrySet()) {
            CorpusTokens.Text[] texts = analyze(entry.getValue());
            inversion.stemNewWords(); // none: its words are known; but the analysis is the judge
            growStems();
            entries(entry.getKey(), texts, before);
            count(texts, -1, wordDocs);
        }
        for (Map.Entry<Integer, SearchDocument> entry : edit.next().entrySet()) {
            int doc = entry.getKey();
            if (entry.getValue() == null) {
                inversion.titleLengths[doc] = 0;
                inversion.bodyLengths[doc] = 0;
                continue;
            }
            CorpusTokens.Text[] texts = analyze(entry.getValue());
            inversion.stemNewWords();
            growStems();
            entries(doc, texts, after);
            inversion.titleLengths[doc] = texts[0].length();
            inversion.bodyLengths[doc] = texts[1].length();
            count(texts, 1, wordDocs);
        }
        return new Reanalysis(before, after, wordDocs);
    }

    /** Adds to each word's count of documents; whether a word came (its first) or went (its last). */
    boolean countDocumentsOfWords(Map<Integer, Integer> delta) {
        boolean wordsComeOrGo = false;
        for (Map.Entry<Integer, Integer> change : delta.entrySet()) {
            int count = inversion.wordDocs[change.getKey()];
            inversion.wordDocs[change.getKey()] = count + change.getValue();
            wordsComeOrGo |= (count == 0) != (count + change.getValue() == 0);
        }
        return wordsComeOrGo;
    }

    /** A document's entries in each field (title, body). */
    private void entries(int doc, CorpusTokens.Text[] texts, List<FieldEntries> into) {
        for (int field = 0; field < 2; field++) {
            into.get(field).add(doc, texts[field], inversion.stemOfWord);
        }
    }

    /** The touched documents' entries patched into the postings: old ones out, new ones in. */
    PostingsPatch.Patched patch(Reanalysis analysis, BitSet touched) {
        return PostingsPatch.apply(List.of(inversion.title, inversion.body), analysis.before(), analysis.after(), touched);
    }

    /** The word forms computed again if a word came or went: they depend on which words occur anywhere. */
    FormChanges reviseForms(boolean wordsComeOrGo) {
        Map<String, String> before = inversion.forms.aliases();
        if (wordsComeOrGo) {
            inversion.forms = inversion.forms(word -> inversion.wordDocs[word] > 0);
        }
        return FormChanges.between(before, inversion.forms.aliases());
    }

    /**
     * The terms an edit leaves stale.
     *
     * @param recompute the terms to get new postings
     * @param inPlace   the terms whose postings are the same arrays, corrected in place
     */
    private record StaleTerms(Set<String> recompute, Set<String> inPlace) { }

    /**
     * Terms that get new postings: those of rebuilt stems, those merged from several stems (their
     * merged copy is stale), and those whose forms changed; a term that is one stem whose
     * positions moved keeps its postings, which were corrected in place.
     */
    private StaleTerms staleTerms(PostingsPatch.Patched patched, FormChanges forms) {
        Set<String> merged = forms.mergedTerms();
        Set<String> recompute = new HashSet<>();
        Set<String> inPlace = new HashSet<>();
        for (int stem : union(patched.rebuilt(), patched.moved())) {
            String name = inversion.stems.get(stem);
            for (String term : List.of(forms.termBefore(name), forms.termAfter(name))) {
                if (patched.rebuilt().contains(stem) || merged.contains(term) || !term.equals(name)) {
                    recompute.add(term);
                } else {
                    inPlace.add(term);
                }
            }
        }
        recompute.addAll(forms.changedWithTerms());
        return new StaleTerms(recompute, inPlace);
    }

    /**
     * The stale terms' postings computed again from the stems' (a term's own and its other
     * forms'), and put in the vocabulary.
     */
    TermChanges recomputeTerms(PostingsPatch.Patched patched, FormChanges forms, LiveLexicon vocabulary) {
        StaleTerms stale = staleTerms(patched, forms);
        Set<Integer> moved = patched.moved();
        Map<String, List<Integer>> members = inversion.members(stale.recompute()::contains);
        Set<String> entryChanged = new HashSet<>();
        Set<String> positionsChanged = new HashSet<>(stale.inPlace());
        for (String term : stale.recompute()) {
            TermPostings is = inversion.term(term, members);
            TermPostings was = vocabulary.replace(term, is);
            if (!sameEntry(was, is)) {
                entryChanged.add(term);
            }
            if (!samePositions(was, is) || moved.stream().anyMatch(stem -> term.equals(forms.termAfter(inversion.stems.get(stem))))) {
                positionsChanged.add(term);
            }
        }
        // A term's entry lists its forms.
        entryChanged.addAll(forms.termsOfChanged());
        return new TermChanges(stale.recompute(), entryChanged, positionsChanged);
    }

    private CorpusTokens.Text[] analyze(SearchDocument document) {
        return new CorpusTokens.Text[] {inversion.corpus.add(document.title()), inversion.corpus.add(document.body())};
    }

    /**
     * Counts a document's distinct words in (1) or out (-1): into {@code wordDocs}, the change to
     * the documents each word is in, and straight into the counts of documents writing it with a
     * capital or a small first letter, which only the names read, after the edit.
     */
    private void count(CorpusTokens.Text[] texts, int sign, Map<Integer, Integer> wordDocs) {
        for (Inversion.WordUse use : Inversion.WordUse.of(texts)) {
            wordDocs.merge(use.word(), sign, Integer::sum);
            inversion.capitalDocs[use.word()] += use.capital() ? sign : 0;
            inversion.plainDocs[use.word()] += use.plain() ? sign : 0;
        }
    }

    private static boolean sameEntry(TermPostings a, TermPostings b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameDocs(a.title(), b.title()) && sameDocs(a.body(), b.body());
    }

    private static boolean sameDocs(FieldPostings a, FieldPostings b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Arrays.equals(a.docs(), b.docs()) && Arrays.equals(a.freqs(), b.freqs());
    }

    private static boolean samePositions(TermPostings a, TermPostings b) {
        if (a == null || b == null) {
            return a == b;
        }
        return samePositions(a.title(), b.title()) && samePositions(a.body(), b.body());
    }

    private static boolean samePositions(FieldPostings a, FieldPostings b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameDocs(a, b) && Arrays.equals(a.positions(), b.positions());
    }

    private void growDocuments(int size) {
        if (inversion.titleLengths.length < size) {
            inversion.titleLengths = Arrays.copyOf(inversion.titleLengths, size);
            inversion.bodyLengths = Arrays.copyOf(inversion.bodyLengths, size);
        }
    }

    private void growStems() {
        int stems = inversion.stems.size();
        if (inversion.title.length < stems) {
            inversion.title = Arrays.copyOf(inversion.title, stems);
            inversion.body = Arrays.copyOf(inversion.body, stems);
        }
        int words = inversion.corpus.words().size();
        if (inversion.wordDocs.length < words) {
            inversion.wordDocs = Arrays.copyOf(inversion.wordDocs, words);
            inversion.capitalDocs = Arrays.copyOf(inversion.capitalDocs, words);
            inversion.plainDocs = Arrays.copyOf(inversion.plainDocs, words);
        }
    }

    /** The field lengths of the {@code documents} numbers there are, after free numbers at the end were dropped. */
    void trimLengths(int documents) {
        inversion.titleLengths = Arrays.copyOf(inversion.titleLengths, documents);
        inversion.bodyLengths = Arrays.copyOf(inversion.bodyLengths, documents);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
