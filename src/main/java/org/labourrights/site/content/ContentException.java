package org.labourrights.site.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content cannot be published as it is; carries every problem found, not just the first. */
public class ContentException extends RuntimeException {

    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
