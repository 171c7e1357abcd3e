package org.labourrights.site.index.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.analysis.NameKey;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;
import org.labourrights.site.index.inversion.LanguageIndex.FieldStats;
import org.labourrights.site.index.inversion.LanguageIndex.TermPostings;
import org.labourrights.site.index.inversion.LanguageIndex;
import org.labourrights.site.index.inversion.Lexicon;
import org.labourrights.site.index.inversion.PhrasePairs;
import org.labourrights.site.index.inversion.Ranking;
import org.labourrights.site.model.Language;

/**
 * The JSON files of one language's static index (format 2). All paths are relative to the
 * language's folder, which holds:
 *
 * <dl>
 *   <dt>{@code manifest.json}</dt>
 *   <dd>{@code format}, {@code language}, {@code documents} (count); {@code ranking}: the constants
 *       of {@link Ranking}; {@code fields}: for title and body, {@code docCount},
 *       {@code sumTotalTermFreq} and {@code norms} (each document's norm byte, hex); {@code stopWords};
 *       {@code names}: how a query word's name key is made and placed ({@link NameKey}):
 *       {@code fold}, {@code latin} and {@code place} (letter tables), {@code rules}
 *       ({@code [pattern, replacement]}, applied in order to every match);
 *       {@code shards}: the shard keys, ascending, the first "" — shard i holds the words from key i
 *       up to key i+1; {@code common}: the terms of shards with fewer than {@link Lexicon#SMALL_SHARD}
 *       words, typo candidates for every query word; {@code positionFiles}: how many files the
 *       positions are spread over; {@code pairs}: {@code files} and {@code maxGap} of the phrase
 *       pairs (a full build only); {@code filters}: a column per {@link SearchFilter} (its
 *       Javadoc has the format), so that the first query can count and filter with no other file. Only in the preview's live index ({@link LiveSearch}), so that
 *       an edit rewrites the few files it changes: {@code shardFiles}, the file number of each
 *       shard, shard i being {@code s/<shardFiles[i]>.json} instead of {@code s/<i>.json}; and
 *       {@code positionGroups}: the positions are also cut by document number, see below.</dd>
 *   <dt>{@code s/<i>.json}, a shard</dt>
 *   <dd>{@code terms}: entries {@code [term, bodyDocs, bodyFreqs, titleDocs, titleFreqs, forms]},
 *       sorted by term; docs are ascending doc numbers written as differences, forms are the other
 *       word forms joined under the term. {@code aliases}: word form to term, for the forms sorting
 *       into this shard. {@code linked}: entries, as in terms, of the terms those forms stand for
 *       when the term itself sorts into another shard, so one shard answers for each query word.
 *       {@code names}: placed name key to the terms it stands for, for the keys sorting into this
 *       shard; those of its terms that sort into another shard are in {@code linked}.</dd>
 *   <dt>{@code p/<k>.json}, positions, fetched only for phrases</dt>
 *   <dd>The positions of the terms of every word (term or alias) w with
 *       {@code k = FNV-1a(w) mod positionFiles} (32-bit FNV-1a over UTF-16 units), so a phrase
 *       fetches its words' positions only, in the same round as their shards: term to
 *       {@code [bodyPositions, titlePositions]}, for each posting of the term in order its
 *       frequency's worth of positions, each the difference from the one before in the same
 *       document (the first from 0). In the live index, with {@code positionGroups} g, file k is
 *       {@code p/<k>-<j>.json} for j from 0 while j·g is below the number of documents: the same,
 *       for documents j·g up to (j+1)·g only (terms without any left out); read one after the
 *       other, they make file k.</dd>
 *   <dt>{@code b/<k>.json}, phrase pairs, fetched for a phrase of two common words instead of positions</dt>
 *   <dd>For every pair of common words ({@code common}) that stand g positions apart somewhere
 *       (g up to {@code pairs.maxGap}), named "first g second" and in file
 *       {@code k = FNV-1a(name) mod pairs.files}: {@code [bodyDocs, bodyFreqs, titleDocs, titleFreqs]},
 *       the documents as differences and how often the two stand so in each ({@link PhrasePairs}). A
 *       phrase of two common words at most maxGap apart whose pair is not in its file occurs
 *       nowhere. Not in the live index, whose manifest has no {@code pairs}.</dd>
 *   <dt>{@code d/<n>.json}, document n (Lucene's doc id)</dt>
 *   <dd>{@code title}, {@code url}, {@code type}, {@code date}, {@code body}: what a result shows,
 *       {@code headings} (when the text has any with an id): {@code [offset, id]} for each, the
 *       offset being where its line starts in the body, all parts joined, so a match under it can
 *       link to {@code url#id};
 *       and the beginning of the body (at most {@link #FIRST_PART} characters) that snippets are
 *       usually cut from; {@code parts}: how many parts the body has.</dd>
 *   <dt>{@code r/<k>.json}, the rest of the bodies of documents {@code k·}{@link #RESTS_PER_FILE}
 *       up to the next file's first</dt>
 *   <dd>For each of those documents with a longer body, its number to the later parts of its body,
 *       {@code {"<n>": [part 1, part 2, …]}}, each part of at most {@link #PART} characters; fetched
 *       only when the words searched for are not in a result's first part. Neighbouring documents
 *       share a file so that the index is not twice as many files as documents: writing a file
 *       costs a build far more than its bytes do.</dd>
 * </dl>
 */
public final class IndexFiles {

    static final int FORMAT = 2;
    /**
     * The first part of a body, fetched with every result, holds at most this many characters:
     * enough for the summary and lead, where the words searched for usually are, at a fraction of
     * the bytes of a whole document. Later parts hold at most {@link #PART}.
     */
    static final int FIRST_PART = 1500;
    static final int PART = 8000;
    /**
     * The later parts of this many neighbouring documents' bodies share a file (the search script's
     * static-index.mjs has the same number; IndexFormatTest reads every part of long bodies through it).
     */
    static final int RESTS_PER_FILE = 4;
    /** The characters of positions to aim for in one positions file. */
    static final int POSITIONS_TARGET = 8 * 1024;
    /**
     * The characters of pairs to aim for in one pair file: a phrase fetches one, and its pair of
     * common words is usually in thousands of documents, so a file holds only a few pairs.
     */
    static final int PAIRS_TARGET = 32 * 1024;

    /** Where the files go: {@code relative} to the language's folder, the content in {@code content}. */
    public interface Output {
        void write(String relative, JsonOut content);
    }

    /** Each chain's stop words in order, as the manifest lists them. */
    private static final Map<Analysis.Chain, List<String>> STOP_WORDS = new EnumMap<>(Analysis.Chain.class);

    static {
        for (Analysis.Chain chain : Analysis.Chain.values()) {
            STOP_WORDS.put(chain, sortedStopWords(chain));
        }
    }

    private static List<String> sortedStopWords(Analysis.Chain chain) {
        List<String> sorted = new ArrayList<>();
        Iterator<Object> words = Analysis.stopWords(chain).iterator();
        words.forEachRemaining(word -> sorted.add(new String((char[]) word)));
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private final Language language;
    private final List<SearchDocument> documents;
    private final Map<String, FieldStats> stats;
    private final Lexicon lexicon;
    private final List<Set<String>> termsByPositionFile;
    private final int[] shardFiles;
    private final int positionGroups;
    /** The filters' columns: the live index's own, kept up to date by it; made when first asked for otherwise. */
    private FilterColumns filters;
    /** The phrase pairs by file, or null (the live index). */
    private List<TreeMap<String, PhrasePairs.Pair>> pairsByFile;

    /**
     * @param documents     by number; null where a number is free (the live index)
     * @param positionFiles how many files the positions are spread over ({@link #positionFiles(Collection)})
     * @param shardFiles    the file number of each shard, or null for the shard's own number
     */
    public IndexFiles(Language language, List<SearchDocument> documents, Map<String, FieldStats> stats, Lexicon lexicon,
               int positionFiles, int[] shardFiles) {
        this(language, documents, stats, lexicon, positionFiles, shardFiles, 0, null);
    }

    /**
     * @param positionGroups documents per positions file (the live index), or 0 for all in one
     * @param filters        the filters' columns of {@code documents}, or null to make them from the documents
     */
    public IndexFiles(Language language, List<SearchDocument> documents, Map<String, FieldStats> stats, Lexicon lexicon,
               int positionFiles, int[] shardFiles, int positionGroups, FilterColumns filters) {
        this.positionGroups = positionGroups;
        this.filters = filters;
        this.language = language;
        this.documents = documents;
        this.stats = stats;
        this.lexicon = lexicon;
        this.shardFiles = shardFiles;
        termsByPositionFile = new ArrayList<>(positionFiles);
        for (int i = 0; i < positionFiles; i++) {
            termsByPositionFile.add(new LinkedHashSet<>());
        }
        for (String word : lexicon.words()) {
            if (lexicon.hasTerm(word) || lexicon.isAlias(word)) { // a phrase is matched by its words' terms, never by name keys
                termsByPositionFile.get(positionFile(word, positionFiles)).add(lexicon.canonical(word));
            }
        }
    }

    /** A full build's files, with the phrase pairs of its common words. */
    public IndexFiles(LanguageIndex index, Lexicon lexicon) {
        this(index.language(), index.documents(), Map.of(LanguageIndex.TITLE, index.stats(LanguageIndex.TITLE),
                LanguageIndex.BODY, index.stats(LanguageIndex.BODY)), lexicon, positionFiles(index.terms().values()), null);
        PhrasePairs pairs = PhrasePairs.of(index.terms(), lexicon.common());
        long size = 0;
        for (PhrasePairs.Pair pair : pairs.pairs().values()) {
            size += 4L * (pair.title().docs().length + pair.body().docs().length) + 16;
        }
        int files = (int) Math.max(1, (size + PAIRS_TARGET - 1) / PAIRS_TARGET);
        pairsByFile = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            pairsByFile.add(new TreeMap<>());
        }
        pairs.pairs().forEach((key, pair) -> pairsByFile.get(positionFile(key, files)).put(key, pair));
    }

    /** How many pair files there are; none in the live index, whose phrases read positions. */
    public int pairFiles() {
        return pairsByFile == null ? 0 : pairsByFile.size();
    }

    /** Pair file {@code p/<file>.json}'s content: pair name to its postings. */
    void pairs(int file, JsonOut out) {
        out.ascii('{');
        boolean first = true;
        for (Map.Entry<String, PhrasePairs.Pair> entry : pairsByFile.get(file).entrySet()) {
            out.ascii(first ? "" : ",");
            first = false;
            PhrasePairs.Pair pair = entry.getValue();
            out.string(entry.getKey()).ascii(":[");
            pairPostings(out, pair.body()).ascii(',');
            pairPostings(out, pair.title()).ascii(']');
        }
        out.ascii('}');
    }

    private static JsonOut pairPostings(JsonOut out, PhrasePairs.Postings postings) {
        out.ascii('[');
        int previous = 0;
        for (int i = 0; i < postings.docs().length; i++) {
            out.ascii(i == 0 ? "" : ",").number(postings.docs()[i] - previous);
            previous = postings.docs()[i];
        }
        return out.ascii("],").ints(postings.freqs());
    }

    /** How many positions files to spread the positions of {@code terms} over: about {@link #POSITIONS_TARGET} each. */
    public static int positionFiles(Collection<TermPostings> terms) {
        long size = 0;
        for (TermPostings postings : terms) {
            size += 4L * (positionCount(postings.body()) + positionCount(postings.title()));
        }
        return (int) Math.max(1, (size + POSITIONS_TARGET - 1) / POSITIONS_TARGET);
    }

    /** The positions file of a word: 32-bit FNV-1a of its UTF-16 units, modulo the number of files. */
    public static int positionFile(String word, int files) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % files);
    }

    public int positionFiles() {
        return termsByPositionFile.size();
    }

    int shardCount() {
        return lexicon.shardCount();
    }

    private static int positionCount(FieldPostings field) {
        return field == null ? 0 : field.positions().length;
    }

    /**
     * The characters a vocabulary word adds to its shard, for planning shards: a term's entry
     * (without its forms), an alias' line. Document numbers are written as differences, whose
     * digits depend on how the documents are numbered; they are estimated from the number of
     * {@code documents} and the term's document frequency instead, so that the same documents get
     * the same shards however they are numbered (the live index numbers them in its own way).
     */
    public static int size(TermPostings postings, String word, int documents) {
        return postings == null ? aliasSize(word) : TermSize.of(postings).size(documents);
    }

    /**
     * What a name key adds to its shard (for planning): its line, and the entries of its terms
     * spelt otherwise, which the shard links unless they share its shard (not known yet).
     */
    public static int nameSize(String key, List<String> named, java.util.function.Function<String, TermPostings> postings,
                               int documents) {
        int size = key.length() + 6;
        for (String term : named) {
            size += term.length() + 3 + (term.equals(key) ? 0 : TermSize.of(postings.apply(term)).size(documents));
        }
        return size;
    }

    /** What an alias adds to its shard (for planning). */
    public static int aliasSize(String word) {
        return word.length() * 2 + 8;
    }

    /**
     * What the size of a term's entry depends on, but the number of documents: the characters of
     * the term, and per field the document frequency and the digits of the frequencies.
     */
    public record TermSize(int termChars, int titleDocs, int titleFreqDigits, int bodyDocs, int bodyFreqDigits) {

        public static TermSize of(TermPostings postings) {
            return new TermSize(JsonOut.stringChars(postings.term()),
                    docs(postings.title()), freqDigits(postings.title()),
                    docs(postings.body()), freqDigits(postings.body()));
        }

        private static int docs(FieldPostings field) {
            return field == null ? 0 : field.docs().length;
        }

        private static int freqDigits(FieldPostings field) {
            int digits = 0;
            if (field != null) {
                for (int freq : field.freqs()) {
                    digits += JsonOut.digits(freq);
                }
            }
            return digits;
        }

        public int size(int documents) {
            return 1 + termChars + 1 + size(bodyDocs, bodyFreqDigits, documents) + 1
                    + size(titleDocs, titleFreqDigits, documents) + 4;
        }

        private static int size(int count, int freqDigits, int documents) {
            if (count == 0) {
                return 5;
            }
            int gap = JsonOut.digits(Math.max(1, documents / count));
            return 2 + count * gap + (count - 1) + 1 + 2 + freqDigits + (count - 1);
        }
    }

    public void manifest(JsonOut out) {
        out.ascii("{\"format\":").number(FORMAT);
        out.ascii(",\"language\":").string(language.code());
        out.ascii(",\"documents\":").number(documents.size());
        out.ascii(",\"ranking\":{\"k1\":").number(Ranking.K1)
                .ascii(",\"b\":").number(Ranking.B)
                .ascii(",\"titleBoost\":").number(Ranking.TITLE_BOOST)
                .ascii(",\"editBoosts\":[");
        for (int i = 0; i < Ranking.EDIT_BOOSTS.length; i++) {
            out.ascii(i == 0 ? "" : ",").number(Ranking.EDIT_BOOSTS[i]);
        }
        out.ascii("],\"exactTier\":").number(Ranking.EXACT_TIER)
                .ascii(",\"maxVariants\":").number(Ranking.MAX_VARIANTS)
                .ascii(",\"maxClauses\":").number(Ranking.MAX_CLAUSES)
                .ascii(",\"oneEditFrom\":").number(Ranking.ONE_EDIT_FROM)
                .ascii(",\"twoEditsFrom\":").number(Ranking.TWO_EDITS_FROM)
                .ascii('}');
        out.ascii(",\"fields\":{");
        boolean first = true;
        for (String field : LanguageIndex.FIELDS) {
            FieldStats fieldStats = stats.get(field);
            out.ascii(first ? "" : ",");
            first = false;
            out.string(field).ascii(":{\"docCount\":").number(fieldStats.docCount())
                    .ascii(",\"sumTotalTermFreq\":").number(fieldStats.sumTotalTermFreq())
                    .ascii(",\"norms\":").hex(fieldStats.norms()).ascii('}');
        }
        out.ascii("},\"stopWords\":[");
        List<String> stopWords = STOP_WORDS.get(Analysis.Chain.of(language));
        for (int i = 0; i < stopWords.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(stopWords.get(i));
        }
        out.ascii("],\"names\":");
        names(out);
        out.ascii(",\"shards\":[");
        List<String> keys = lexicon.keys();
        for (int i = 0; i < keys.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(keys.get(i));
        }
        out.ascii("],\"common\":[");
        List<String> common = lexicon.common();
        for (int i = 0; i < common.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(common.get(i));
        }
        out.ascii("],\"filters\":");
        if (filters == null) {
            filters = FilterColumns.of(documents);
        }
        filters.write(documents.size(), out);
        out.ascii(",\"positionFiles\":").number(positionFiles());
        if (shardFiles != null) {
            out.ascii(",\"shardFiles\":").ints(shardFiles);
        }
        if (positionGroups > 0) {
            out.ascii(",\"positionGroups\":").number(positionGroups);
        }
        if (pairsByFile != null) {
            out.ascii(",\"pairs\":{\"files\":").number(pairsByFile.size()).ascii(",\"maxGap\":").number(PhrasePairs.MAX_GAP)
                    .ascii('}');
        }
        out.ascii('}');
    }

    /** How the browser makes and places a query word's name key: {@link NameKey}'s tables. */
    private void names(JsonOut out) {
        out.ascii("{\"fold\":");
        table(out, NameKey.FOLD);
        out.ascii(",\"place\":");
        table(out, language.isCyrillic() ? NameKey.CYRILLIC : Map.of());
        out.ascii(",\"latin\":{");
        boolean first;
        first = true;
        for (Map.Entry<Character, String> letter : new java.util.TreeMap<>(NameKey.LATIN).entrySet()) {
            out.ascii(first ? "" : ",").string(String.valueOf(letter.getKey())).ascii(':').string(letter.getValue());
            first = false;
        }
        out.ascii("},\"rules\":[");
        for (int i = 0; i < NameKey.RULES.size(); i++) {
            NameKey.Rule rule = NameKey.RULES.get(i);
            out.ascii(i == 0 ? "[" : ",[").string(rule.pattern()).ascii(',').string(rule.replacement()).ascii(']');
        }
        out.ascii("]}");
    }

    private static void table(JsonOut out, Map<String, String> table) {
        out.ascii('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(table).entrySet()) {
            out.ascii(first ? "" : ",").string(entry.getKey()).ascii(':').string(entry.getValue());
            first = false;
        }
        out.ascii('}');
    }

    /** The file of a shard, relative to the language's folder. */
    public String shardFile(int shard) {
        return "s/" + (shardFiles == null ? shard : shardFiles[shard]) + ".json";
    }

    public void shard(int shard, JsonOut out) {
        List<String> words = lexicon.words(shard);
        out.ascii("{\"terms\":[");
        boolean first = true;
        for (String word : words) {
            if (lexicon.hasTerm(word)) {
                out.ascii(first ? "" : ",");
                first = false;
                entry(out, lexicon.postings(word), lexicon.formsOf(word));
            }
        }
        out.ascii("],\"aliases\":{");
        first = true;
        for (String word : words) {
            if (lexicon.isAlias(word)) {
                out.ascii(first ? "" : ",");
                first = false;
                out.string(word).ascii(':').string(lexicon.canonical(word));
            }
        }
        out.ascii("},\"names\":{");
        first = true;
        for (String word : words) {
            if (lexicon.isName(word)) {
                out.ascii(first ? "" : ",");
                first = false;
                out.string(word).ascii(":[");
                List<String> named = lexicon.named(word);
                for (int i = 0; i < named.size(); i++) {
                    out.ascii(i == 0 ? "" : ",").string(named.get(i));
                }
                out.ascii(']');
            }
        }
        out.ascii("},\"linked\":[");
        first = true;
        for (String term : linked(lexicon, shard)) {
            out.ascii(first ? "" : ",");
            first = false;
            entry(out, lexicon.postings(term), lexicon.formsOf(term));
        }
        out.ascii("]}");
    }

    /** The terms whose positions are in a positions file, in the order written. */
    Set<String> positionTerms(int file) {
        return termsByPositionFile.get(file);
    }

    void positions(int file, JsonOut out) {
        out.ascii('{');
        boolean first = true;
        for (String term : termsByPositionFile.get(file)) {
            TermPostings postings = lexicon.postings(term);
            out.ascii(first ? "" : ",");
            first = false;
            out.string(term).ascii(":[");
            positions(out, postings.body()).ascii(',');
            positions(out, postings.title()).ascii(']');
        }
        out.ascii('}');
    }

    /**
     * The positions files {@code p/<file>-<j>.json} of the live index, for every group j of
     * {@link #positionGroups} documents: {@code outs[j]} gets group j's file, from one pass over
     * each term's postings.
     */
    public void positionGroups(int file, JsonOut[] outs) {
        boolean[] started = new boolean[outs.length];
        for (JsonOut out : outs) {
            out.clear().ascii('{');
        }
        for (String term : termsByPositionFile.get(file)) {
            TermPostings postings = lexicon.postings(term);
            int[] bodyStart = groupStarts(postings.body(), outs.length);
            int[] titleStart = groupStarts(postings.title(), outs.length);
            for (int group = 0; group < outs.length; group++) {
                if (bodyStart[group] == bodyStart[group + 1] && titleStart[group] == titleStart[group + 1]) {
                    continue;
                }
                JsonOut out = outs[group];
                out.ascii(started[group] ? "," : "");
                started[group] = true;
                out.string(term).ascii(":[");
                positions(out, postings.body(), bodyStart[group], bodyStart[group + 1]).ascii(',');
                positions(out, postings.title(), titleStart[group], titleStart[group + 1]).ascii(']');
            }
        }
        for (JsonOut out : outs) {
            out.ascii('}');
        }
    }

    /** The positions file {@code p/<file>-<group>.json} of the live index. */
    public void positionGroup(int file, int group, JsonOut out) {
        out.clear().ascii('{');
        boolean first = true;
        for (String term : termsByPositionFile.get(file)) {
            TermPostings postings = lexicon.postings(term);
            int[] body = groupRange(postings.body(), group);
            int[] title = groupRange(postings.title(), group);
            if (body[0] == body[1] && title[0] == title[1]) {
                continue;
            }
            out.ascii(first ? "" : ",");
            first = false;
            out.string(term).ascii(":[");
            positions(out, postings.body(), body[0], body[1]).ascii(',');
            positions(out, postings.title(), title[0], title[1]).ascii(']');
        }
        out.ascii('}');
    }

    /** The postings (indexes into docs) of each group: group j's are starts[j] up to starts[j+1]. */
    private int[] groupStarts(FieldPostings field, int groups) {
        int[] starts = new int[groups + 1];
        int count = field == null ? 0 : field.docs().length;
        int posting = 0;
        for (int group = 0; group < groups; group++) {
            starts[group] = posting;
            int end = (group + 1) * positionGroups;
            while (posting < count && field.docs()[posting] < end) {
                posting++;
            }
        }
        starts[groups] = count;
        return starts;
    }

    /** The postings of one group: from, to. */
    private int[] groupRange(FieldPostings field, int group) {
        if (field == null) {
            return new int[] {0, 0};
        }
        int[] docs = field.docs();
        return new int[] {firstAtLeast(docs, group * positionGroups), firstAtLeast(docs, (group + 1) * positionGroups)};
    }

    private static int firstAtLeast(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public int positionGroups() {
        return positionGroups;
    }

    /**
     * The files of documents {@code from} to {@code to} (exclusive; {@code from} a multiple of
     * {@link #RESTS_PER_FILE}, {@code to} too unless it is the last document): {@code d/<n>.json}
     * with what a result shows, and {@code r/<k>.json} with the rest of the long bodies among them.
     * Documents may be null (numbers free in the live index).
     */
    public static void documents(List<SearchDocument> documents, int from, int to, JsonOut out, Output output) {
        for (int group = from; group < to; group += RESTS_PER_FILE) {
            restFile(documents, group / RESTS_PER_FILE, out, output, number -> true);
        }
    }

    /** The number of the file holding the rest of document {@code number}'s body. */
    public static int restFile(int number) {
        return number / RESTS_PER_FILE;
    }

    /**
     * Writes the rest file {@code file} (when one of its documents has a long body) and the own
     * files of those of its documents {@code documentFiles} accepts. Returns whether a rest file was written.
     */
    public static boolean restFile(List<SearchDocument> documents, int file, JsonOut out, Output output,
                            java.util.function.IntPredicate documentFiles) {
        int from = file * RESTS_PER_FILE;
        int to = Math.min(documents.size(), from + RESTS_PER_FILE);
        if (from >= to) {
            return false;
        }
        String[] bodies = new String[to - from];
        int[][] cuts = new int[to - from][];
        boolean rest = false;
        for (int number = from; number < to; number++) {
            SearchDocument document = documents.get(number);
            if (document == null) {
                continue;
            }
            String body = snippetBody(document);
            int[] cut = cuts(body);
            bodies[number - from] = body;
            cuts[number - from] = cut;
            rest |= cut.length > 2;
            if (documentFiles.test(number)) {
                document(document, number, body, cut, out.clear(), output);
            }
        }
        if (!rest) {
            return false;
        }
        out.clear().ascii('{');
        boolean first = true;
        for (int number = from; number < to; number++) {
            int[] cut = cuts[number - from];
            if (cut == null || cut.length <= 2) {
                continue;
            }
            out.ascii(first ? "\"" : ",\"").number(number).ascii("\":[");
            first = false;
            for (int part = 1; part + 1 < cut.length; part++) {
                out.ascii(part == 1 ? "" : ",").string(bodies[number - from], cut[part], cut[part + 1]);
            }
            out.ascii(']');
        }
        output.write("r/" + file + ".json", out.ascii('}'));
        return true;
    }

    /** Document {@code number}'s own file, {@code d/<n>.json}. */
    static void document(SearchDocument document, int number, String body, int[] cuts, JsonOut out, Output output) {
        out.ascii("{\"title\":").string(document.title());
        out.ascii(",\"url\":").string(document.url());
        out.ascii(",\"type\":").string(document.type());
        out.ascii(",\"date\":").string(document.date());
        out.ascii(",\"body\":").string(body, 0, cuts[1]);
        out.ascii(",\"parts\":").number(cuts.length - 1);
        List<SearchDocument.Heading> headings = document.headings();
        if (!headings.isEmpty()) {
            // Offsets into the whole body (all parts joined), which ends with the text.
            int shift = body.length() - document.text().length();
            out.ascii(",\"headings\":[");
            for (int i = 0; i < headings.size(); i++) {
                out.ascii(i == 0 ? "[" : ",[").number(headings.get(i).offset() + shift).ascii(',')
                        .string(headings.get(i).id()).ascii(']');
            }
            out.ascii(']');
        }
        out.ascii('}');
        output.write("d/" + number + ".json", out);
    }

    /** The text snippets are cut from: the body, but a summary repeated as the text's first sentence only once. */
    static String snippetBody(SearchDocument document) {
        return !document.summary().isEmpty() && document.text().startsWith(document.summary())
                ? document.text() : document.body();
    }

    /**
     * The body in parts: the first of at most {@link #FIRST_PART} characters, the others of at
     * most {@link #PART}, each cut after a line break or else a space in its second half.
     */
    static List<String> parts(String body) {
        int[] cuts = cuts(body);
        List<String> parts = new ArrayList<>(cuts.length - 1);
        for (int i = 0; i + 1 < cuts.length; i++) {
            parts.add(body.substring(cuts[i], cuts[i + 1]));
        }
        return parts;
    }

    /** Where the parts of a body begin, and its length last: part i is characters cuts[i]–cuts[i+1]. */
    static int[] cuts(String body) {
        int[] cuts = new int[2 + body.length() / (PART / 2)];
        int count = 1;
        int from = 0;
        int size = FIRST_PART;
        while (body.length() - from > size) {
            int cut = body.lastIndexOf('\n', from + size - 1);
            if (cut < from + size / 2) {
                cut = body.lastIndexOf(' ', from + size - 1);
            }
            if (cut < from + size / 2) {
                cut = from + size - (Character.isLowSurrogate(body.charAt(from + size)) ? 1 : 0);
            } else {
                cut++;
            }
            if (count + 1 >= cuts.length) {
                cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
            }
            cuts[count++] = cut;
            from = cut;
            size = PART;
        }
        cuts[count++] = body.length();
        return java.util.Arrays.copyOf(cuts, count);
    }

    /** Terms that aliases or name keys of this shard stand for but that sort into another shard. */
    public static List<String> linked(Lexicon lexicon, int shard) {
        Set<String> linked = new LinkedHashSet<>();
        for (String word : lexicon.words(shard)) {
            if (lexicon.isAlias(word)) {
                String term = lexicon.canonical(word);
                if (lexicon.shardOf(term) != shard) {
                    linked.add(term);
                }
            } else if (lexicon.isName(word)) {
                for (String term : lexicon.named(word)) {
                    if (lexicon.shardOf(term) != shard) {
                        linked.add(term);
                    }
                }
            }
        }
        return new ArrayList<>(linked);
    }

    private static void entry(JsonOut out, TermPostings postings, List<String> forms) {
        out.ascii('[').string(postings.term()).ascii(',');
        postings(out, postings.body()).ascii(',');
        postings(out, postings.title()).ascii(",[");
        for (int i = 0; i < forms.size(); i++) {
            out.ascii(i == 0 ? "" : ",").string(forms.get(i));
        }
        out.ascii("]]");
    }

    private static JsonOut postings(JsonOut out, FieldPostings field) {
        if (field == null) {
            return out.ascii("[],[]");
        }
        return out.deltas(field.docs()).ascii(',').ints(field.freqs());
    }

    private static JsonOut positions(JsonOut out, FieldPostings field) {
        return positions(out, field, 0, field == null ? 0 : field.docs().length);
    }

    /** The positions of postings {@code from} to {@code to}, each document's as differences from the one before. */
    private static JsonOut positions(JsonOut out, FieldPostings field, int from, int to) {
        out.ascii('[');
        if (field != null && from < to) {
            int[] positions = field.positions();
            int[] freqs = field.freqs();
            int at = 0;
            for (int d = 0; d < from; d++) {
                at += freqs[d];
            }
            boolean first = true;
            for (int d = from; d < to; d++) {
                int previous = 0;
                for (int k = 0; k < freqs[d]; k++) {
                    int position = positions[at++];
                    if (!first) {
                        out.ascii(',');
                    }
                    first = false;
                    out.number(position - previous);
                    previous = position;
                }
            }
        }
        return out.ascii(']');
    }
}
