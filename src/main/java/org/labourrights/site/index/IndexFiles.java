package org.labourrights.site.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON files of one language's static index (format 1). All paths are relative to the
 * language's folder, which holds:
 *
 * <dl>
 *   <dt>{@code manifest.json}</dt>
 *   <dd>{@code format}, {@code language}, {@code documents} (count); {@code ranking}: the constants
 *       of {@link Ranking}; {@code fields}: for title and body, {@code docCount},
 *       {@code sumTotalTermFreq} and {@code norms} (each document's norm byte, hex); {@code stopWords};
 *       {@code shards}: the shard keys, ascending, the first "" — shard i holds the words from key i
 *       up to key i+1; {@code common}: the terms of shards with fewer than {@link Lexicon#SMALL_SHARD}
 *       words, typo candidates for every query word; {@code positionFiles}: how many files the
 *       positions are spread over.</dd>
 *   <dt>{@code s/<i>.json}, a shard</dt>
 *   <dd>{@code terms}: entries {@code [term, bodyDocs, bodyFreqs, titleDocs, titleFreqs, forms]},
 *       sorted by term; docs are ascending doc numbers written as differences, forms are the other
 *       word forms joined under the term. {@code aliases}: word form to term, for the forms sorting
 *       into this shard. {@code linked}: entries, as in terms, of the terms those forms stand for
 *       when the term itself sorts into another shard, so one shard answers for each query word.</dd>
 *   <dt>{@code p/<k>.json}, positions, fetched only for phrases</dt>
 *   <dd>The positions of the terms of every word (term or alias) w with
 *       {@code k = FNV-1a(w) mod positionFiles} (32-bit FNV-1a over UTF-16 units), so a phrase
 *       fetches its words' positions only, in the same round as their shards: term to
 *       {@code [bodyPositions, titlePositions]}, for each posting of the term in order its
 *       frequency's worth of positions, each the difference from the one before in the same
 *       document (the first from 0).</dd>
 *   <dt>{@code d/<n>.json}, document n (Lucene's doc id)</dt>
 *   <dd>{@code title}, {@code url}, {@code type}, {@code date}, {@code body}: what a result shows,
 *       and the beginning of the body (at most {@link #FIRST_PART} characters) that snippets are
 *       usually cut from; {@code parts}: how many parts the body has. The rest of a longer body
 *       is in parts of at most {@link #PART} characters, part k > 0 in {@code d/<n>-<k>.json} as
 *       {@code {"body": …}}, fetched only when the words searched for are not in the earlier parts.</dd>
 * </dl>
 */
final class IndexFiles {

    static final int FORMAT = 1;
    /**
     * The first part of a body, fetched with every result, holds at most this many characters:
     * enough for the summary and lead, where the words searched for usually are, at a fraction of
     * the bytes of a whole document. Later parts hold at most {@link #PART}.
     */
    static final int FIRST_PART = 1500;
    static final int PART = 8000;
    /** The characters of positions to aim for in one positions file. */
    static final int POSITIONS_TARGET = 8 * 1024;

    private final LanguageIndex index;
    private final Lexicon lexicon;
    private final List<Set<String>> termsByPositionFile;

    IndexFiles(LanguageIndex index, Lexicon lexicon) {
        this.index = index;
        this.lexicon = lexicon;
        long size = 0;
        for (LanguageIndex.TermPostings postings : index.terms().values()) {
            size += 4L * (positionCount(postings.body()) + positionCount(postings.title()));
        }
        int files = (int) Math.max(1, (size + POSITIONS_TARGET - 1) / POSITIONS_TARGET);
        termsByPositionFile = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            termsByPositionFile.add(new LinkedHashSet<>());
        }
        for (String word : lexicon.words()) {
            termsByPositionFile.get(positionFile(word, files)).add(lexicon.canonical(word));
        }
    }

    /** The positions file of a word: 32-bit FNV-1a of its UTF-16 units, modulo the number of files. */
    static int positionFile(String word, int files) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % files);
    }

    int positionFiles() {
        return termsByPositionFile.size();
    }

    private static int positionCount(LanguageIndex.FieldPostings field) {
        return field == null ? 0 : field.positions().length;
    }

    /** The bytes (roughly: characters) a vocabulary word adds to its shard, for planning shards. */
    static int size(LanguageIndex index, String word) {
        LanguageIndex.TermPostings postings = index.terms().get(word);
        if (postings == null) {
            return word.length() * 2 + 8;
        }
        return entry(new StringBuilder(), postings, List.of()).length();
    }

    String manifest() {
        StringBuilder out = new StringBuilder(4096 + 8 * index.documents().size());
        out.append("{\"format\":").append(FORMAT);
        out.append(",\"language\":");
        Json.string(out, index.language().code());
        out.append(",\"documents\":").append(index.documents().size());
        out.append(",\"ranking\":{\"k1\":").append(Ranking.K1)
                .append(",\"b\":").append(Ranking.B)
                .append(",\"titleBoost\":").append(Ranking.TITLE_BOOST)
                .append(",\"editBoosts\":[");
        for (int i = 0; i < Ranking.EDIT_BOOSTS.length; i++) {
            out.append(i == 0 ? "" : ",").append(Ranking.EDIT_BOOSTS[i]);
        }
        out.append("],\"exactTier\":").append(Ranking.EXACT_TIER)
                .append(",\"maxVariants\":").append(Ranking.MAX_VARIANTS)
                .append(",\"maxClauses\":").append(Ranking.MAX_CLAUSES)
                .append(",\"oneEditFrom\":").append(Ranking.ONE_EDIT_FROM)
                .append(",\"twoEditsFrom\":").append(Ranking.TWO_EDITS_FROM)
                .append('}');
        out.append(",\"fields\":{");
        boolean first = true;
        for (String field : LanguageIndex.FIELDS) {
            LanguageIndex.FieldStats stats = index.stats(field);
            out.append(first ? "" : ",");
            first = false;
            Json.string(out, field).append(":{\"docCount\":").append(stats.docCount())
                    .append(",\"sumTotalTermFreq\":").append(stats.sumTotalTermFreq())
                    .append(",\"norms\":");
            Json.hex(out, stats.norms()).append('}');
        }
        out.append("},\"stopWords\":[");
        Iterator<Object> stopWords = Analysis.stopWords(index.language()).iterator();
        List<String> sorted = new ArrayList<>();
        stopWords.forEachRemaining(word -> sorted.add(new String((char[]) word)));
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), sorted.get(i));
        }
        out.append("],\"shards\":[");
        List<String> keys = lexicon.keys();
        for (int i = 0; i < keys.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), keys.get(i));
        }
        out.append("],\"common\":[");
        List<String> common = lexicon.common();
        for (int i = 0; i < common.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), common.get(i));
        }
        out.append("],\"positionFiles\":").append(positionFiles());
        return out.append('}').toString();
    }

    String shard(int shard) {
        List<String> words = lexicon.words(shard);
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("{\"terms\":[");
        boolean first = true;
        for (String word : words) {
            if (!lexicon.isAlias(word)) {
                out.append(first ? "" : ",");
                first = false;
                entry(out, lexicon.postings(word), lexicon.formsOf(word));
            }
        }
        out.append("],\"aliases\":{");
        first = true;
        for (String word : words) {
            if (lexicon.isAlias(word)) {
                out.append(first ? "" : ",");
                first = false;
                Json.string(out, word).append(':');
                Json.string(out, lexicon.canonical(word));
            }
        }
        out.append("},\"linked\":[");
        first = true;
        for (String term : linked(shard)) {
            out.append(first ? "" : ",");
            first = false;
            entry(out, lexicon.postings(term), lexicon.formsOf(term));
        }
        return out.append("]}").toString();
    }

    String positions(int file) {
        StringBuilder out = new StringBuilder(POSITIONS_TARGET * 2);
        out.append('{');
        boolean first = true;
        for (String term : termsByPositionFile.get(file)) {
            LanguageIndex.TermPostings postings = lexicon.postings(term);
            out.append(first ? "" : ",");
            first = false;
            Json.string(out, term).append(":[");
            positions(out, postings.body()).append(',');
            positions(out, postings.title()).append(']');
        }
        return out.append('}').toString();
    }

    /** Document {@code number}'s files: the first with what a result shows, then the rest of a long body. */
    List<String> document(int number) {
        SearchDocument document = index.documents().get(number);
        // A summary repeated as the text's first sentence needs no second copy for snippets.
        String body = !document.summary().isEmpty() && document.text().startsWith(document.summary())
                ? document.text() : document.body();
        List<String> parts = parts(body);
        List<String> files = new ArrayList<>(parts.size());
        StringBuilder out = new StringBuilder(parts.get(0).length() + 256);
        Json.string(out.append("{\"title\":"), document.title());
        Json.string(out.append(",\"url\":"), document.url());
        Json.string(out.append(",\"type\":"), document.type());
        Json.string(out.append(",\"date\":"), document.date());
        Json.string(out.append(",\"body\":"), parts.get(0));
        files.add(out.append(",\"parts\":").append(parts.size()).append('}').toString());
        for (String part : parts.subList(1, parts.size())) {
            files.add(Json.string(new StringBuilder("{\"body\":"), part).append('}').toString());
        }
        return files;
    }

    /**
     * The body in parts: the first of at most {@link #FIRST_PART} characters, the others of at
     * most {@link #PART}, each cut after a line break or else a space in its second half.
     */
    static List<String> parts(String body) {
        List<String> parts = new ArrayList<>();
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
            parts.add(body.substring(from, cut));
            from = cut;
            size = PART;
        }
        parts.add(body.substring(from));
        return parts;
    }

    /** Terms that aliases of this shard stand for but that sort into another shard. */
    private List<String> linked(int shard) {
        Set<String> linked = new LinkedHashSet<>();
        for (String word : lexicon.words(shard)) {
            if (lexicon.isAlias(word)) {
                String term = lexicon.canonical(word);
                if (lexicon.shardOf(term) != shard) {
                    linked.add(term);
                }
            }
        }
        return new ArrayList<>(linked);
    }

    private static StringBuilder entry(StringBuilder out, LanguageIndex.TermPostings postings, List<String> forms) {
        Json.string(out.append('['), postings.term()).append(',');
        postings(out, postings.body()).append(',');
        postings(out, postings.title()).append(",[");
        for (int i = 0; i < forms.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), forms.get(i));
        }
        return out.append("]]");
    }

    private static StringBuilder postings(StringBuilder out, LanguageIndex.FieldPostings field) {
        if (field == null) {
            return out.append("[],[]");
        }
        Json.deltas(out, field.docs()).append(',');
        return Json.ints(out, field.freqs());
    }

    private static StringBuilder positions(StringBuilder out, LanguageIndex.FieldPostings field) {
        out.append('[');
        if (field != null) {
            int at = 0;
            for (int d = 0; d < field.docs().length; d++) {
                int previous = 0;
                for (int k = 0; k < field.freqs()[d]; k++) {
                    int position = field.positions()[at++];
                    out.append(at == 1 ? "" : ",").append(position - previous);
                    previous = position;
                }
            }
        }
        return out.append(']');
    }
}
