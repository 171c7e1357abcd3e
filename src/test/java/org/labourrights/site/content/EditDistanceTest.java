package org.labourrights.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Optimal string alignment distance with an early exit, against the plain full-table computation. */
class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertEquals(0, EditDistance.osa("elshibayev", "elshibayev", 2));
        assertEquals(1, EditDistance.osa("elshibaev", "elshibayev", 2));
        assertEquals(1, EditDistance.osa("профсаюз", "профсоюз", 2));
        assertEquals(1, EditDistance.osa("migrnat", "migrant", 2));
        assertEquals(2, EditDistance.osa("kazahstan", "kazakhstan2", 2));
        assertEquals(3, EditDistance.osa("abc", "xyz", 2), "above the limit reads as limit + 1");
    }

    @Test
    void agreesWithTheFullTableOnRandomWords() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutate(a, random);
            int full = full(a, b);
            assertEquals(Math.min(full, 3), EditDistance.osa(a, b, 2), a + " / " + b);
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int edits = random.nextInt(3); edits > 0 && mutated.length() > 1; edits--) {
            int at = random.nextInt(mutated.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, 'x');
                case 2 -> mutated.setCharAt(at, 'y');
                default -> {
                    char c = mutated.charAt(at);
                    mutated.setCharAt(at, mutated.charAt(at + 1));
                    mutated.setCharAt(at + 1, c);
                }
            }
        }
        return mutated.toString();
    }

    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
