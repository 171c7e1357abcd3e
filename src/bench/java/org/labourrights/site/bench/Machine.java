package org.labourrights.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the figures were measured on: CPUs, memory, and the load, which matters on a shared
 * machine because other work slows both builds down, and not necessarily equally (Hugo uses every
 * core it is given). Reads Linux's /proc; elsewhere says "unknown".
 */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format(Locale.ROOT, "%d CPUs (%s), %s RAM, %s", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memory(), System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The 1, 5 and 15-minute load averages and the running/total tasks, as /proc/loadavg gives them. */
    static String load() {
        List<String> lines = read("/proc/loadavg");
        if (lines.isEmpty()) {
            return "unknown";
        }
        String[] fields = lines.get(0).split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2] + " (running/tasks " + fields[3] + ")";
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("model unknown");
    }

    private static String memory() {
        return read("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                .map(bytes -> String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024)))
                .findFirst().orElse("unknown");
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
