package org.labourrights.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one command as a child process and measures it: wall time, CPU time (user + system) and
 * peak resident memory. Output goes to files, so that a chatty child cannot block on a full pipe
 * and nothing it prints is lost.
 *
 * <p>Where Debian's {@code /usr/bin/time} is installed, it runs the command and reports the
 * kernel's own figures on the child's exit (getrusage: ru_maxrss, exact). Otherwise this class
 * polls the child's {@code /proc/<pid>/status} VmHWM while it runs, which can miss the last few
 * milliseconds' growth; the figures then say "sampled". Wall time is always taken here.
 */
final class TimedProcess {

    /** What one run took. {@code cpuSeconds} and {@code peakRssBytes} are -1 where unknown. */
    record Run(double seconds, double cpuSeconds, long peakRssBytes, int exitCode, Path stdout, Path stderr) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long POLL_MILLIS = 10;

    private TimedProcess() {
    }

    /** How peaks are measured on this machine, for the report. */
    static String method() {
        return Files.isExecutable(GNU_TIME) ? "/usr/bin/time (getrusage at exit)"
                : "VmHWM of /proc/<pid>/status, sampled every " + POLL_MILLIS + " ms";
    }

    /** @param logs where the child's output goes: {@code <logs>.out} and {@code <logs>.err} */
    static Run run(List<String> command, Path logs) throws IOException, InterruptedException {
        Path stdout = logs.resolveSibling(logs.getFileName() + ".out");
        Path stderr = logs.resolveSibling(logs.getFileName() + ".err");
        Files.createDirectories(logs.toAbsolutePath().getParent());
        return Files.isExecutable(GNU_TIME) ? withGnuTime(command, logs, stdout, stderr) : polled(command, stdout, stderr);
    }

    private static Run withGnuTime(List<String> command, Path logs, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        Path figures = logs.resolveSibling(logs.getFileName() + ".time");
        List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", figures.toString()));
        timed.addAll(command);
        long start = System.nanoTime();
        Process process = start(timed, stdout, stderr);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        // The last line holds the figures; a failed command gets a line about its exit status first.
        List<String> lines = Files.readAllLines(figures, StandardCharsets.UTF_8);
        String[] values = lines.get(lines.size() - 1).strip().split("\\s+");
        double cpu = Double.parseDouble(values[0]) + Double.parseDouble(values[1]);
        long peak = Long.parseLong(values[2]) * 1024;
        return new Run(seconds, cpu, peak, exit, stdout, stderr);
    }

    private static Run polled(List<String> command, Path stdout, Path stderr) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(command, stdout, stderr);
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        double cpu = -1;
        while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, vmHwm(status));
            cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(cpu);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, cpu, peak, process.exitValue(), stdout, stderr);
    }

    private static Process start(List<String> command, Path stdout, Path stderr) throws IOException {
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** The high-water mark of the process's resident set, or -1 once it has gone. */
    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
