package org.labourrights.site.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/** Random choices from lists, all drawn from one seeded {@link Random} so that a corpus can be made again. */
final class Draws {

    private final Random random;

    Draws(Random random) {
        this.random = random;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** True with the given chance in percent. */
    boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * {@code count} different items (all of them if there are fewer), in random order. Draws
     * indices rather than shuffling, because the lists of documents are long and the picks few.
     */
    <T> List<T> some(List<T> items, int count) {
        int wanted = Math.min(count, items.size());
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(items.size()));
        }
        List<T> picked = new ArrayList<>(wanted);
        chosen.forEach(i -> picked.add(items.get(i)));
        return List.copyOf(picked);
    }

    /** An item with a chance proportional to its weight. */
    <T> T weighted(List<T> items, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("weights do not cover the roll");
    }
}
