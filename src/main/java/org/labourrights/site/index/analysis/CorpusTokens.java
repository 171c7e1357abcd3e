package org.labourrights.site.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.labourrights.site.model.Language;

/**
 * Texts of one language analyzed up to the stemmer: each text as word numbers and positions, and
 * the distinct words. The terms and positions are those of the language's Lucene analyzer (an
 * inversion test checks it against Lucene on the real content): the StandardTokenizer splits the
 * text, and each distinct token as written goes once through the analyzer's own filters
 * (possessive, lower case, stop words), its outcome remembered, so the filters do not run again
 * for every occurrence of a word.
 *
 * <p>An instance is not thread-safe: each thread analyzes its share of the documents with its own
 * instance, and the vocabularies are joined afterwards ({@link #absorb}).
 */
public final class CorpusTokens {

    /**
     * A text as the numbers of its words and their positions (stop words leave gaps), and which of
     * its tokens were written with a capital first letter.
     */
    public record Text(int[] words, int[] positions, BitSet capitals) {

        static final Text EMPTY = new Text(new int[0], new int[0], new BitSet());

        public int length() {
            return words.length;
        }
    }

    private static final int STOP = -1;

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute token = tokenizer.addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
    private final OneToken single = new OneToken();
    private final TokenStream surface;
    /** A token as written to its word number times two, plus one if it begins with a capital; or STOP. */
    private final CharTable written = new CharTable();
    /** A word (lower case) to its number. */
    private final CharTable numbers = new CharTable();
    private final List<String> words = new ArrayList<>();
    /** The numbers of words written at least once with a capital first letter, and with a small one. */
    private final BitSet capitalised = new BitSet();
    private final BitSet plain = new BitSet();
    private int[] ids = new int[256];
    private int[] positions = new int[256];

    private CorpusTokens(Language language) {
        this.surface = Analysis.surfaceFilters(language, single);
    }

    public static CorpusTokens of(Language language) {
        return new CorpusTokens(language);
    }

    /** Analyzes a text into word numbers, adding new words to the vocabulary. */
    public Text add(String text) {
        if (text.isEmpty()) {
            return Text.EMPTY;
        }
        int count = 0;
        BitSet capitals = new BitSet();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int position = -1;
            while (tokenizer.incrementToken()) {
                position += increment.getPositionIncrement();
                char[] buffer = token.buffer();
                int length = token.length();
                int form = written.get(buffer, 0, length);
                if (form == CharTable.MISSING) {
                    form = learn(buffer, length);
                }
                if (form == STOP) {
                    continue;
                }
                int number = form >> 1;
                if ((form & 1) == 1) {
                    capitals.set(count);
                }
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                    positions = Arrays.copyOf(positions, count * 2);
                }
                ids[count] = number;
                positions[count] = position;
                count++;
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // A StringReader does not fail to close.
            }
        }
        return new Text(Arrays.copyOf(ids, count), Arrays.copyOf(positions, count), capitals);
    }

    /** Runs a token not seen before through the analyzer's filters and remembers the outcome. */
    private int learn(char[] buffer, int length) throws IOException {
        char[] copy = Arrays.copyOf(buffer, length);
        single.set(copy);
        surface.reset();
        int form = STOP;
        if (surface.incrementToken()) {
            CharTermAttribute word = single.term;
            int number = number(word.buffer(), word.length());
            boolean capital = Character.isUpperCase(Character.codePointAt(copy, 0));
            (capital ? capitalised : plain).set(number);
            form = number << 1 | (capital ? 1 : 0);
        }
        surface.end();
        surface.close();
        written.put(copy, 0, length, form);
        return form;
    }

    private int number(char[] buffer, int length) {
        int number = numbers.get(buffer, 0, length);
        if (number == CharTable.MISSING) {
            number = words.size();
            words.add(new String(buffer, 0, length));
            numbers.put(buffer, 0, length, number);
        }
        return number;
    }

    /** The number of a word, added to the vocabulary if new. */
    int number(String word) {
        return number(word.toCharArray(), word.length());
    }

    /** The number of a word already in the vocabulary, or -1. */
    int find(String word) {
        int number = numbers.get(word.toCharArray(), 0, word.length());
        return number == CharTable.MISSING ? -1 : number;
    }

    /**
     * Adds another instance's words to this vocabulary: what each of its word numbers is here. Its
     * texts are then renumbered with {@link #renumber}.
     */
    public int[] absorb(CorpusTokens other) {
        int[] mapping = new int[other.words.size()];
        for (int i = 0; i < mapping.length; i++) {
            mapping[i] = number(other.words.get(i));
            if (other.capitalised.get(i)) {
                capitalised.set(mapping[i]);
            }
            if (other.plain.get(i)) {
                plain.set(mapping[i]);
            }
        }
        return mapping;
    }

    public static void renumber(Text text, int[] mapping) {
        int[] words = text.words();
        for (int i = 0; i < words.length; i++) {
            words[i] = mapping[words[i]];
        }
    }

    /**
     * Whether word {@code number} is written as a name is, in every text this instance analyzed:
     * with a capital first letter, and never with a small one (so "Trade" at the start of a
     * sentence is not a name where "trade" occurs too).
     */
    public boolean capitalisedOnly(int number) {
        return capitalised.get(number) && !plain.get(number);
    }

    /** The distinct words, by number. */
    public List<String> words() {
        return words;
    }

    /** A stream of one token, to run a token through the analyzer's filters alone. */
    private static final class OneToken extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private char[] chars;
        private boolean done;

        void set(char[] chars) {
            this.chars = chars;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, 0, chars.length);
            increment.setPositionIncrement(1);
            done = true;
            return true;
        }

        @Override
        public void reset() {
            done = false;
        }
    }
}
