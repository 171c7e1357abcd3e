package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.labourrights.site.model.Language;

/**
 * One language's texts analyzed once, up to the stemmer: each text as word numbers and positions,
 * and the distinct words, each stemmed once. Indexing then replays the tokens with each word's
 * term ({@link ReplayTokens}) instead of analyzing every text again and stemming every token;
 * the terms and positions are the same as the language's Lucene analyzer followed by the
 * word-form map gives (a test checks it on the real content).
 */
final class CorpusTokens {

    /** A text as the numbers of its words and their positions. */
    record Text(int[] words, int[] positions) { }

    private final List<String> words = new ArrayList<>();
    private final CharArrayMap<Integer> numbers = new CharArrayMap<>(1 << 14, false);
    private final Analyzer surface;

    private CorpusTokens(Language language) {
        this.surface = Analysis.surface(language);
    }

    static CorpusTokens of(Language language) {
        return new CorpusTokens(language);
    }

    /** Analyzes a text into word numbers, adding new words to the vocabulary. */
    Text add(String text) {
        int[] ids = new int[64];
        int[] positions = new int[64];
        int count = 0;
        try (TokenStream stream = surface.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                Integer number = numbers.get(term.buffer(), 0, term.length());
                if (number == null) {
                    number = words.size();
                    String word = term.toString();
                    words.add(word);
                    numbers.put(word, number);
                }
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                    positions = Arrays.copyOf(positions, count * 2);
                }
                ids[count] = number;
                positions[count] = position;
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Text(Arrays.copyOf(ids, count), Arrays.copyOf(positions, count));
    }

    /** The distinct words, by number. */
    List<String> words() {
        return words;
    }
}
