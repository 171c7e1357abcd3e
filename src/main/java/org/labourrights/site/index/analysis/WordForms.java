package org.labourrights.site.index.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.labourrights.site.model.Language;

/**
 * Forms of one word that the stemmer leaves apart, found in the corpus at build time and joined
 * under one canonical stem. The index stores the canonical stem for both forms, so a query for
 * either finds the documents with the other, and the browser maps the query's stem the same way.
 *
 * <p>Russian: the fleeting vowel. Snowball strips endings but cannot know that забастовок (genitive
 * plural, no ending) and забастовк|и are one word, nor отец / отц|а, денег / деньг|и,
 * копеек / копейк|а. A stem ending in consonant + о/е + consonant is joined to the same stem
 * without that vowel (or with ь instead of е; vowel + е + consonant, with й) only if the corpus shows the pattern of a
 * fleeting vowel: the longer stem occurs only as a whole word (no ending was stripped), and the
 * shorter one only with endings (so "пакт" beside "пакет" is not joined: "пакт" occurs alone).
 *
 * <p>English: Porter already unifies regular forms; a few irregular plurals are joined when both
 * forms occur.
 */
public final class WordForms {

    private static final String RUSSIAN_CONSONANTS = "бвгджзйклмнпрстфхцчшщ";
    private static final Map<String, String> ENGLISH_IRREGULAR = Map.of(
            "women", "woman", "men", "man", "children", "child");
    private static final WordForms NONE = new WordForms(Map.of());

    private final Map<String, String> aliases;

    private WordForms(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    public static WordForms none() {
        return NONE;
    }

    /**
     * The word forms among a corpus' distinct lower-case words (stop words removed), given the stem
     * of each: {@code stems.get(i)} is the stem of {@code words.get(i)}.
     */
    public static WordForms of(Language language, List<String> words, List<String> stems) {
        Map<String, Usage> usage = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String stem = stems.get(i);
            usage.computeIfAbsent(stem, s -> new Usage()).add(words.get(i), stem);
        }
        // Without a stemmer every word is its own stem: there are no other forms to join.
        Map<String, String> aliases = switch (Analysis.Chain.of(language)) {
            case RUSSIAN -> russian(usage);
            case ENGLISH -> english(usage);
            case GENERIC -> Map.of();
        };
        return new WordForms(resolveChains(aliases));
    }

    /** Alias stem to canonical stem; aliases never occur as terms of the index. */
    public Map<String, String> aliases() {
        return aliases;
    }

    public boolean isEmpty() {
        return aliases.isEmpty();
    }

    /** The canonical stem of {@code stem}: itself unless it is another form of a word. */
    public String canonical(String stem) {
        return aliases.getOrDefault(stem, stem);
    }

    private static Map<String, String> russian(Map<String, Usage> usage) {
        Map<String, String> aliases = new TreeMap<>();
        fleetingVowels(usage, aliases);
        overStemmed(usage, aliases);
        return aliases;
    }

    private static void fleetingVowels(Map<String, Usage> usage, Map<String, String> aliases) {
        for (Map.Entry<String, Usage> entry : usage.entrySet()) {
            String stem = entry.getKey();
            Usage use = entry.getValue();
            int n = stem.length();
            if (n < 3 || !use.bare || use.ended) {
                continue;
            }
            char before = stem.charAt(n - 3);
            char vowel = stem.charAt(n - 2);
            char last = stem.charAt(n - 1);
            if ((vowel != 'о' && vowel != 'е') || !isConsonant(last)) {
                continue;
            }
            String head = stem.substring(0, n - 2);
            List<String> candidates = new ArrayList<>();
            if (isConsonant(before)) {
                candidates.add(head + last); // забастов(о)к / забастовк-и, от(е)ц / отц-а
                if (vowel == 'е') {
                    candidates.add(head + 'ь' + last); // ден(е)г / деньг-и
                }
            } else if (vowel == 'е') {
                candidates.add(head + 'й' + last); // копе(е)к / копейк-а
            }
            for (String candidate : candidates) {
                Usage other = usage.get(candidate);
                if (other != null && other.ended && !other.bare) {
                    aliases.put(stem, candidate);
                    break;
                }
            }
        }
    }

    /**
     * Snowball reads the н or л ending a noun after а/я as a verb ending: Казахстан and Казахстана
     * become "казахста" while Казахстане, Казахстану become "казахстан" (план, канал alike). A stem
     * ending in а/я is joined to itself + н (or л) when that is also a stem, found with endings,
     * and every word the shorter stem comes from carries the н (or л): the letter is part of the
     * word, not an ending. Verbs stay apart: "чита" also comes from читать.
     */
    private static void overStemmed(Map<String, Usage> usage, Map<String, String> aliases) {
        for (Map.Entry<String, Usage> entry : usage.entrySet()) {
            String stem = entry.getKey();
            if (aliases.containsKey(stem) || !(stem.endsWith("а") || stem.endsWith("я"))) {
                continue;
            }
            for (String letter : List.of("н", "л")) {
                String longer = stem + letter;
                Usage other = usage.get(longer);
                if (other != null && other.ended && entry.getValue().words.stream().allMatch(w -> w.startsWith(longer))) {
                    aliases.put(stem, longer);
                    break;
                }
            }
        }
    }

    private static Map<String, String> english(Map<String, Usage> usage) {
        Map<String, String> aliases = new TreeMap<>();
        ENGLISH_IRREGULAR.forEach((plural, singular) -> {
            if (usage.containsKey(plural) && usage.containsKey(singular)) {
                aliases.put(plural, singular);
            }
        });
        return aliases;
    }

    /** No alias points at another alias, so one lookup always gives the canonical stem. */
    private static Map<String, String> resolveChains(Map<String, String> aliases) {
        Map<String, String> resolved = new TreeMap<>();
        for (String alias : aliases.keySet()) {
            String target = aliases.get(alias);
            Set<String> seen = new HashSet<>(Set.of(alias));
            while (aliases.containsKey(target) && seen.add(target)) {
                target = aliases.get(target);
            }
            if (!target.equals(alias)) {
                resolved.put(alias, target);
            }
        }
        return resolved;
    }

    private static boolean isConsonant(char c) {
        return RUSSIAN_CONSONANTS.indexOf(c) >= 0;
    }

    /** How a stem occurs: as a whole word (nothing stripped) and/or with an ending stripped, and from which words. */
    private static final class Usage {
        boolean bare;
        boolean ended;
        final Set<String> words = new HashSet<>(4);

        void add(String surface, String stem) {
            String folded = surface.replace('ё', 'е');
            words.add(folded);
            if (folded.equals(stem) || folded.equals(stem + "ь")) {
                bare = true;
            } else {
                ended = true;
            }
        }
    }
}
