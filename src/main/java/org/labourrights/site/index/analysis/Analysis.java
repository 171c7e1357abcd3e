package org.labourrights.site.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.labourrights.site.model.Language;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of each language. Lucene's own {@link RussianAnalyzer} and {@link EnglishAnalyzer}
 * decide the terms; the browser's script reproduces them exactly (StandardTokenizer, lower case,
 * the same stop words, Snowball Russian with ё folded to е, Porter for English). Two more chains
 * split the same work in two: {@link #surface} stops before stemming and {@link #stem} stems a
 * single word, so that the indexing analyzes each text once and stems each distinct word once.
 * A language Lucene has no analyzer for here (Kazakh, Uzbek, Kyrgyz, Tajik…) gets the generic
 * chain: the same tokens in lower case, no stop words, no stemming, so a word is found as written
 * (with its name key, across scripts and folded letters) and the browser agrees exactly.
 */
public final class Analysis {

    /**
     * The chain a language is analyzed with, by its code. The browser's analyzer
     * ({@code assets/js/search/analyzer.mjs}) chooses by the same codes.
     */
    public enum Chain {
        RUSSIAN, ENGLISH, GENERIC;

        public static Chain of(Language language) {
            return switch (language.code()) {
                case "ru" -> RUSSIAN;
                case "en" -> ENGLISH;
                default -> GENERIC;
            };
        }
    }

    /** A term as the analyzer produced it, with its position and where it came from in the text. */
    public record Token(String term, int position, int start, int end) { }

    private Analysis() {
    }

    /** Lucene's analyzer for the language, exactly as it ships. */
    public static Analyzer base(Language language) {
        return switch (Chain.of(language)) {
            case RUSSIAN -> new RussianAnalyzer();
            case ENGLISH -> new EnglishAnalyzer();
            case GENERIC -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
        };
    }

    public static CharArraySet stopWords(Language language) {
        return stopWords(Chain.of(language));
    }

    public static CharArraySet stopWords(Chain chain) {
        return switch (chain) {
            case RUSSIAN -> RussianAnalyzer.getDefaultStopSet();
            case ENGLISH -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case GENERIC -> CharArraySet.EMPTY_SET;
        };
    }

    /** The base analyzer followed by the word-form map: what the index is built with. */
    public static Analyzer indexing(Language language, WordForms forms) {
        Analyzer base = base(language);
        return new AnalyzerWrapper(base.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return base;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new WordFormFilter(components.getTokenStream(), forms));
            }
        };
    }

    /** The base analyzer's chain up to, not including, the stemmer: lower-case words without stop words. */
    public static Analyzer surface(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surfaceFilters(language, source));
            }
        };
    }

    /**
     * The filters of {@link #surface} over any source: the indexing runs them once per distinct
     * token as written ({@link CorpusTokens}) rather than on every token of the text.
     */
    static TokenStream surfaceFilters(Language language, TokenStream source) {
        TokenStream result = Chain.of(language) == Chain.ENGLISH ? new EnglishPossessiveFilter(source) : source;
        return new StopFilter(new LowerCaseFilter(result), stopWords(language));
    }

    /** The base analyzer's stemmer alone, applied to a whole input as one word. */
    public static Analyzer stem(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream result = switch (Chain.of(language)) {
                    case RUSSIAN -> new SnowballFilter(source, new RussianStemmer());
                    case ENGLISH -> new PorterStemFilter(source);
                    case GENERIC -> source;
                };
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The tokens of {@code text}, with positions counted as Lucene does (stop words leave gaps). */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The single term the stemming chain makes of {@code word}. */
    public static String stemOf(Analyzer stemmer, String word) {
        List<Token> tokens = tokens(stemmer, word);
        return tokens.isEmpty() ? word : tokens.get(0).term();
    }
}
