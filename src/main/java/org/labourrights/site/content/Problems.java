package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems across a whole build, so that an editor sees all of them at once instead of
 * fixing one file per build. Thread-safe: files may be read in parallel.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    public synchronized List<Problem> sorted() {
        return problems.stream().sorted().distinct().toList();
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ContentException(sorted());
        }
    }
}
