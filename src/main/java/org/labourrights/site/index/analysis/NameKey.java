package org.labourrights.site.index.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.labourrights.site.model.Language;

/**
 * How a name is matched across scripts. A lower-case word is first folded ({@link #FOLD}): the
 * letters of the region's languages become their Russian neighbours (Kazakh ә → а, Uzbek oʻ → o…),
 * ё becomes е. Its name key is then the folded word in Latin letters ({@link #LATIN}, Cyrillic
 * letter by letter) normalised by a few rewrites ({@link #RULES}) so that the usual spellings of one
 * name meet: Елшибаев, Elshibaev, Yelshibayev; Ярошук, Yaroshuk, Yaroschuk; Жанаозен, Zhanaozen,
 * Janaozen.
 *
 * <p>The tables are data, defined here only, so that the browser (which cannot run ICU) can be
 * given them in the index manifest and apply them with the same two small algorithms: the fold
 * replaces the longest table entry at each place, left to right; the key maps each letter, then
 * applies the rules in order, each as a global regular-expression replacement (syntax common to
 * Java and JavaScript). The Latin letters come from ICU's Russian-Latin/BGN, taken one letter at a
 * time after a consonant: BGN's contextual spellings (е as "ye" at the start and after vowels) are
 * what the rules erase anyway (a leading i/y before a vowel and a y between vowels drop), so a
 * letter map gives the same key without running ICU in the browser. An index keeps a key where
 * {@link #placed} puts it, with the fold's algorithm and a table of its own.
 */
public final class NameKey {

    /** Folded letters and letter pairs of the region's languages, lower case. */
    public static final Map<String, String> FOLD = fold();

    /** Each lower-case Russian letter in Latin letters, from ICU's Russian-Latin/BGN. */
    public static final Map<Character, String> LATIN = latin();

    /** A rewrite of the key: every match of {@code pattern} replaced by {@code replacement} ($1 = group 1). */
    public record Rule(String pattern, String replacement) { }

    /**
     * Applied in order. The spellings of ш/щ, ж/дж, х meet first, and the Latin q of Kazakh and
     * Uzbek is k, as their қ folds to к (Qazaqstan, Қазақстан); then y is i, ii one i, and an i
     * that only marks a softened vowel drops: at the start before a vowel (Yelshibayev, Yaroshuk)
     * and between vowels (-ayev / -aev).
     */
    public static final List<Rule> RULES = List.of(
            new Rule("shch|sch", "sh"),
            new Rule("dzh|dj|zh", "j"),
            new Rule("kh", "h"),
            new Rule("q", "k"),
            new Rule("y", "i"),
            new Rule("ii", "i"),
            new Rule("^i(?=[aeou])", ""),
            new Rule("([aeou])i(?=[aeou])", "$1"));

    /** The rules' patterns, compiled once: a build keys every capitalised word of the corpus. */
    private static final List<Pattern> COMPILED = RULES.stream().map(rule -> Pattern.compile(rule.pattern())).toList();

    /**
     * Where the Russian index keeps a key: spelt back in Cyrillic, two letters at a time where
     * they are one Russian letter. The lexicon is cut into shards by prefix, so Жанаозен's key
     * (janaozen → жанаозен) sits in the shard of жанаоз itself and a Russian query word's key costs
     * no file of its own; the English index keeps the key as it is, Latin among Latin terms.
     */
    public static final Map<String, String> CYRILLIC = cyrillic();

    private static final Pattern KEY_LETTERS = Pattern.compile("[a-z]+");

    private NameKey() {
    }

    private static Map<String, String> fold() {
        Map<String, String> fold = new LinkedHashMap<>();
        String from = "әғқңөұүһіўҳҷӣӯё";
        String to = "агкноуухиухчиуе";
        for (int i = 0; i < from.length(); i++) {
            fold.put(String.valueOf(from.charAt(i)), String.valueOf(to.charAt(i)));
        }
        // Uzbek Latin oʻ and gʻ, with whichever apostrophe the keyboard gives.
        for (String apostrophe : List.of("ʻ", "'", "’", "ʼ")) {
            fold.put("o" + apostrophe, "o");
            fold.put("g" + apostrophe, "g");
        }
        return Map.copyOf(fold);
    }

    private static Map<String, String> cyrillic() {
        Map<String, String> cyrillic = new LinkedHashMap<>();
        cyrillic.put("sh", "ш");
        cyrillic.put("ch", "ч");
        cyrillic.put("ts", "ц");
        String latin = "abcdefghijklmnopqrstuvwxz";
        String russian = "абцдефгхижклмнопкрстуввкз";
        for (int i = 0; i < latin.length(); i++) {
            cyrillic.put(latin.substring(i, i + 1), russian.substring(i, i + 1));
        }
        return Map.copyOf(cyrillic);
    }

    private static Map<Character, String> latin() {
        Transliterator bgn = Transliterator.getInstance("Russian-Latin/BGN");
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        Map<Character, String> latin = new LinkedHashMap<>();
        for (char letter = 'а'; letter <= 'я'; letter++) {
            latin.put(letter, latinLetters(nfd.normalize(bgn.transliterate("б" + letter)).substring(1)));
        }
        return Map.copyOf(latin);
    }

    /** What of a transliteration a key keeps: a-z (ë's mark, ь's and ъ's primes go). */
    private static String latinLetters(String text) {
        StringBuilder kept = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** A lower-case word folded: the longest table entry replaced at each place, left to right. */
    public static String fold(String word) {
        return replaced(word, FOLD);
    }

    /**
     * Where an index of {@code language} keeps {@code key}: spelled back in Cyrillic
     * ({@link #CYRILLIC}) for a language written in it (Russian, Kazakh, Kyrgyz, Tajik), so that it
     * sorts beside the words it stands for; itself for one written in Latin letters.
     */
    public static String placed(String key, Language language) {
        return language.isCyrillic() ? replaced(key, CYRILLIC) : key;
    }


    /** The word with the longest entry of {@code table} (of one or two letters) replaced at each place, left to right. */
    private static String replaced(String word, Map<String, String> table) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            String replacement = i + 1 < word.length() ? table.get(word.substring(i, i + 2)) : null;
            int length = 2;
            if (replacement == null) {
                replacement = table.get(word.substring(i, i + 1));
                length = 1;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(word.substring(0, i));
            }
            if (out != null) {
                out.append(replacement != null ? replacement : word.substring(i, i + 1));
            }
            i += replacement != null ? length - 1 : 0;
        }
        return out == null ? word : out.toString();
    }

    /** The name key of a lower-case word, or null if it has letters a key cannot spell (digits, other scripts). */
    public static String of(String word) {
        String folded = fold(word);
        StringBuilder latin = new StringBuilder();
        for (char c : folded.toCharArray()) {
            String letters = LATIN.get(c);
            latin.append(letters != null ? letters : String.valueOf(c));
        }
        String key = latin.toString();
        if (!KEY_LETTERS.matcher(key).matches()) {
            return null;
        }
        for (int i = 0; i < RULES.size(); i++) {
            key = COMPILED.get(i).matcher(key).replaceAll(RULES.get(i).replacement());
        }
        return key;
    }
}
