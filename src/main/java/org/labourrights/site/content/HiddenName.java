package org.labourrights.site.content;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real name of a person whose case shows only initials or a pseudonym, held for one purpose:
 * to find it in a text before the text is published. A name is found in either script and in the
 * usual spellings ("Елшибаев", "Elshibayev", "Yelshibaev", "Елшибаева", "Elshibayevs"): each word is
 * compared in a Latin form (Russian by the BGN/PCGN system, the region's letters first folded to
 * their Russian neighbours), allowing a case ending, and by its consonants, which survive most
 * transliterations.
 *
 * <p>Nothing here is shown: a match tells where it is and the first two letters of the word, so
 * that an editor can find it without a build log repeating the name.
 */
public final class HiddenName {

    /** A word of the name found in a text: where it stands, and a hint of two letters. */
    public record Match(int start, int end, String hint) { }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʻʼ`]+");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    /**
     * Each word's Latin form, computed once: ICU's transliterator serves one thread at a time and
     * a text repeats its words, so without this the hidden-name warnings of the 5,000-document
     * benchmark corpus took 3.1 s, single-threaded. Emptied when it grows past a vocabulary's size.
     */
    private static final Map<String, String> LATIN_FORMS = new ConcurrentHashMap<>();
    private static final int MOST_FORMS_KEPT = 200_000;
    /** Words shorter than this (particles, initials) are not compared: they would match everywhere. */
    private static final int SHORTEST = 3;

    private final List<String> latin;

    private HiddenName(List<String> latin) {
        this.latin = List.copyOf(latin);
    }

    /** The name's words, from each of its spellings (ru, en). */
    public static HiddenName of(String... spellings) {
        Set<String> words = new LinkedHashSet<>();
        for (String spelling : spellings) {
            Matcher m = WORD.matcher(spelling);
            while (m.find()) {
                String word = latin(m.group());
                if (word.length() >= SHORTEST) {
                    words.add(word);
                }
            }
        }
        return new HiddenName(new ArrayList<>(words));
    }

    /** Every word of {@code text} that is a word of the name, in order. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = latin(m.group());
            if (word.length() >= SHORTEST && latin.stream().anyMatch(name -> matches(word, name))) {
                String original = m.group();
                matches.add(new Match(m.start(), m.end(), original.substring(0, Math.min(2, original.length()))));
            }
        }
        return matches;
    }

    public boolean appearsIn(String text) {
        return !find(text).isEmpty();
    }

    /** The same word, perhaps with a case ending, perhaps spelt another common way. */
    private static boolean matches(String word, String name) {
        String stem = stem(name);
        if (word.startsWith(stem) && word.length() - stem.length() <= 3) {
            return true;
        }
        String nameConsonants = consonants(name);
        String wordConsonants = consonants(word);
        return nameConsonants.length() >= SHORTEST && word.charAt(0) == name.charAt(0)
                && wordConsonants.startsWith(nameConsonants) && wordConsonants.length() - nameConsonants.length() <= 1;
    }

    /** Without a final vowel, which Russian declension replaces: Лариса, Ларисы, Ларисе. */
    private static String stem(String word) {
        return word.length() > SHORTEST && "aeiouy".indexOf(word.charAt(word.length() - 1)) >= 0
                ? word.substring(0, word.length() - 1) : word;
    }

    private static String consonants(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One Latin spelling of a word, lower case, for comparing: "Ержан" and "Erzhan" both become
     * "erzhan", "Ярошук" and "Yaroschuk" "aroshuk" (a leading y before a vowel, the German "sch" and
     * the Polish or German "w" for "в" are how transliterations most often differ).
     */
    static String latin(String word) {
        String known = LATIN_FORMS.get(word);
        if (known != null) {
            return known;
        }
        if (LATIN_FORMS.size() > MOST_FORMS_KEPT) {
            LATIN_FORMS.clear();
        }
        String latin = transliterated(word);
        LATIN_FORMS.put(word, latin);
        return latin;
    }

    private static String transliterated(String word) {
        String folded = foldRegionalLetters(word.toLowerCase(Locale.ROOT));
        String transliterated;
        // ICU does not promise that one transliterator may serve several threads at once; files are read in parallel.
        synchronized (TO_LATIN) {
            transliterated = TO_LATIN.transliterate(folded);
        }
        String latin = transliterated.toLowerCase(Locale.ROOT).replaceAll("['’ʻʼ`]", "");
        latin = latin.replace("sch", "sh").replace('w', 'v');
        if (latin.length() > 1 && latin.charAt(0) == 'y' && "aeiou".indexOf(latin.charAt(1)) >= 0) {
            latin = latin.substring(1);
        }
        StringBuilder collapsed = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' && (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != c)) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** Kazakh, Uzbek, Tajik and Belarusian letters to their Russian neighbours, and ё to е. */
    static String foldRegionalLetters(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(switch (c) {
                case 'ә' -> 'а';
                case 'ғ' -> 'г';
                case 'қ' -> 'к';
                case 'ң' -> 'н';
                case 'ө' -> 'о';
                case 'ұ', 'ү', 'ў', 'ӯ' -> 'у';
                case 'һ', 'ҳ' -> 'х';
                case 'і', 'ӣ' -> 'и';
                case 'ҷ' -> 'ч';
                case 'ё' -> 'е';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The words as the content store keeps them between edits of the preview; never published. */
    public List<String> stored() {
        return latin;
    }

    public static HiddenName fromStored(List<String> words) {
        return new HiddenName(words);
    }
}
