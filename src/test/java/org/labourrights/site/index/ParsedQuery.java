package org.labourrights.site.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.labourrights.site.index.analysis.Analysis;
import org.labourrights.site.index.analysis.NameKey;
import org.labourrights.site.index.inversion.Ranking;
import org.labourrights.site.model.Language;

/**
 * What the visitor typed, analyzed: words, and phrases in quotes. The browser's script parses
 * the same way (its {@code parseQuery}); a change here must be made there too, and the parity
 * tests compare the two.
 *
 * <ul>
 *   <li>Any of " “ ” « » „ opens or closes a phrase; a phrase left open runs to the end (the
 *       visitor may still be typing the closing quote).
 *   <li>Text outside quotes is analyzed into words; each word tolerates typos by its length.
 *   <li>A word outside quotes is also looked up by its name key, so it finds a name in the other script.
 *   <li>A phrase of one word is that word without typos (nor name key); a phrase of more is matched by position.
 *   <li>Repeated words and phrases count once; beyond {@link Ranking#MAX_CLAUSES} they are ignored.
 * </ul>
 */
public record ParsedQuery(List<Clause> clauses) {

    public static final String QUOTES = "\"“”«»„";

    public sealed interface Clause permits Word, Phrase { }

    /**
     * @param stem    the stem as the language's analyzer makes it (before the word-form map)
     * @param letters letters and digits of the word as typed, which decide how many typos it tolerates
     * @param exact   quoted: no typos
     * @param key     the word's name key ({@link NameKey}) as the index places it, or null: none when
     *                quoted, as the word is exact
     */
    public record Word(String stem, int letters, boolean exact, String key) implements Clause { }

    /** Stems at positions relative to the first (stop words leave gaps, as in the index). */
    public record Phrase(List<String> stems, int[] positions) implements Clause {

        @Override
        public boolean equals(Object other) {
            return other instanceof Phrase p && stems.equals(p.stems) && Arrays.equals(positions, p.positions);
        }

        @Override
        public int hashCode() {
            return stems.hashCode() * 31 + Arrays.hashCode(positions);
        }
    }

    public ParsedQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public static ParsedQuery parse(Language language, String text) {
        Analyzer analyzer = Analyzers.BASE.get(language);
        List<Clause> clauses = new ArrayList<>();
        Set<String> words = new HashSet<>();
        Set<Phrase> phrases = new HashSet<>();
        StringBuilder segment = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (end || QUOTES.indexOf(text.charAt(i)) >= 0) {
                addSegment(language, analyzer, segment.toString(), quoted, clauses, words, phrases);
                segment.setLength(0);
                quoted = !quoted;
            } else {
                segment.append(text.charAt(i));
            }
        }
        return new ParsedQuery(clauses.size() > Ranking.MAX_CLAUSES ? clauses.subList(0, Ranking.MAX_CLAUSES) : clauses);
    }

    private static void addSegment(Language language, Analyzer analyzer, String text, boolean quoted, List<Clause> clauses,
                                   Set<String> words, Set<Phrase> phrases) {
        List<Analysis.Token> tokens = Analysis.tokens(analyzer, text);
        if (quoted && tokens.size() > 1) {
            List<String> stems = new ArrayList<>();
            int[] positions = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                stems.add(tokens.get(i).term());
                positions[i] = tokens.get(i).position() - tokens.get(0).position();
            }
            Phrase phrase = new Phrase(stems, positions);
            if (phrases.add(phrase)) {
                clauses.add(phrase);
            }
            return;
        }
        for (Analysis.Token token : tokens) {
            if (words.add(token.term())) {
                String surface = text.substring(token.start(), token.end());
                clauses.add(new Word(token.term(), letters(surface), quoted, quoted ? null : key(language, surface)));
            }
        }
    }

    /**
     * The placed name key of a word as typed: of the word as the analyzer reads it before stemming
     * (lower case, no possessive).
     */
    private static String key(Language language, String surface) {
        List<Analysis.Token> words = Analysis.tokens(Analyzers.SURFACE.get(language), surface);
        String key = words.isEmpty() ? null : NameKey.of(words.get(0).term());
        return key == null ? null : NameKey.placed(key, language);
    }

    /** Letters and digits, counted as characters a person types (code points). */
    static int letters(String surface) {
        return (int) surface.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** One analyzer per language, shared: Lucene's analyzers are thread-safe. */
    private static final class Analyzers {
        static final java.util.Map<Language, Analyzer> BASE = java.util.Map.of(
                Language.RU, Analysis.base(Language.RU), Language.EN, Analysis.base(Language.EN));
        static final java.util.Map<Language, Analyzer> SURFACE = java.util.Map.of(
                Language.RU, Analysis.surface(Language.RU), Language.EN, Analysis.surface(Language.EN));
    }
}
