package org.labourrights.site.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file under {@code content/} was last committed, to tell a translation that is older
 * than its original. A build may run without that history: from a folder that is no git
 * repository, or from a shallow clone, whose one commit would make every file look equally new.
 * Then {@link #state()} says so and no file has a time.
 */
public final class GitHistory {

    public enum State {
        /** The whole history: last-commit times can be compared. */
        COMPLETE,
        /** A shallow clone: the times are those of the clone's first commit, not of the edits. */
        SHALLOW,
        /** No git, or the project is not in a repository. */
        ABSENT
    }

    private final State state;
    private final Map<String, Long> lastCommit;

    private GitHistory(State state, Map<String, Long> lastCommit) {
        this.state = state;
        this.lastCommit = Map.copyOf(lastCommit);
    }

    public static GitHistory absent() {
        return new GitHistory(State.ABSENT, Map.of());
    }

    /**
     * Reads the history of {@code project}'s content folder with the git command. The one reading
     * of git's history: the editors' translation page and the {@code translations} command share it.
     */
    public static GitHistory of(Path project) {
        Optional<String> shallow = git(project, List.of("rev-parse", "--is-shallow-repository"));
        if (shallow.isEmpty()) {
            return absent();
        }
        if (shallow.get().strip().equals("true")) {
            return new GitHistory(State.SHALLOW, Map.of());
        }
        Optional<String> log = git(project, List.of("log", "--format=@%ct", "--name-only", "--relative", "--", "content"));
        if (log.isEmpty()) {
            return absent();
        }
        Map<String, Long> times = new HashMap<>();
        long current = 0;
        for (String line : log.get().split("\n")) {
            if (line.startsWith("@")) {
                current = Long.parseLong(line.substring(1).strip());
            } else if (!line.isBlank()) {
                // Newest first: the first time a file appears is its last commit.
                times.putIfAbsent(line.strip(), current);
            }
        }
        return new GitHistory(State.COMPLETE, times);
    }

    /**
     * Which history {@link #of} would read, in one line, without reading it: the commit checked
     * out and whether the clone is shallow, or "absent". Equal lines mean equal histories, since
     * a commit names all the commits before it.
     */
    public static String version(Path project) {
        Optional<String> shallow = git(project, List.of("rev-parse", "--is-shallow-repository"));
        if (shallow.isEmpty()) {
            return "absent";
        }
        return git(project, List.of("rev-parse", "HEAD")).map(head -> head.strip() + " shallow=" + shallow.get().strip())
                .orElse("absent");
    }

    public State state() {
        return state;
    }

    /** @param file relative to the project, with '/': content/statements/x.en.md */
    public Optional<Long> lastCommit(String file) {
        return Optional.ofNullable(lastCommit.get(file));
    }

    /** Every file's last-commit time (seconds), by its path relative to the project; empty without a complete history. */
    public Map<String, Long> lastCommits() {
        return lastCommit;
    }

    /** The command's output, or empty when git is missing or fails (no repository here). */
    private static Optional<String> git(Path project, List<String> arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(arguments);
        try {
            Process git = new ProcessBuilder(command).directory(project.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroy();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
