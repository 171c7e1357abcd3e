package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each package of the generator uses only what its {@code package-info.java} says it may
 * ({@link MayImport}): checked on the compiled classes, so that a fully qualified name or a type
 * reached through a method call counts as much as an {@code import} line.
 */
class PackageRulesTest {

    private static final String SITE = "org.labourrights.site";
    private static final Path SOURCES = Path.of("src/main/java/org/labourrights/site");

    private static JavaClasses production;
    private static Map<String, MayImport> rules;

    @BeforeAll
    static void readTheCompiledGenerator() {
        // Only target/classes: the tests and the benchmarks (compiled with them) are not the generator.
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SITE);
        rules = new TreeMap<>();
        for (String room : rooms()) {
            String name = room.isEmpty() ? SITE : SITE + "." + room;
            try {
                rules.put(room, Class.forName(name + ".package-info").getPackage().getAnnotation(MayImport.class));
            } catch (ClassNotFoundException none) {
                rules.put(room, null);
            }
        }
    }

    @Test
    void everyPackageSaysWhatItIsForAndWhatItMayUse() throws IOException {
        for (String room : rooms()) {
            Path info = (room.isEmpty() ? SOURCES : SOURCES.resolve(room)).resolve("package-info.java");
            assertTrue(rules.get(room) != null, info + " does not say with @MayImport what the package may use");
        }
        // A room's sub-packages (index/analysis, index/live) share its rule, but each says what it is for.
        try (Stream<Path> folders = Files.walk(SOURCES)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path info = folder.resolve("package-info.java");
                assertTrue(Files.exists(info), folder + " has no package-info.java saying what it is for");
                String text = Files.readString(info);
                assertTrue(text.indexOf("/**") >= 0 && text.indexOf("/**") < text.indexOf("package "),
                        info + " does not say in a Javadoc comment what the package is for");
            }
        }
    }

    @Test
    void eachPackageUsesOnlyWhatItsPackageInfoAllows() {
        // One line per class and what it should not use, at the first place it does.
        Map<String, String> breaches = new TreeMap<>();
        for (JavaClass c : production) {
            MayImport rule = rules.get(room(c.getPackageName()));
            for (Dependency dependency : c.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (rule != null && !allowed(c, target, rule)) {
                    breaches.putIfAbsent(c.getName() + " uses " + target.getName(), dependency.getSourceCodeLocation()
                            + ": " + c.getSimpleName() + " uses " + target.getName() + ", which " + c.getPackageName()
                            + "'s package-info.java does not allow");
                }
            }
        }
        assertTrue(breaches.isEmpty(), String.join("\n", breaches.values()));
    }

    @Test
    void eachPackageInfoAllowsOnlyWhatThePackageUses() {
        // A rule that allows more than the code needs says something untrue about the package.
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass c : production) {
            Set<String> uses = used.computeIfAbsent(room(c.getPackageName()), room -> new TreeSet<>());
            for (Dependency dependency : c.getDirectDependenciesFromSelf()) {
                String name = dependency.getTargetClass().getBaseComponentType().getName();
                uses.add(name.startsWith(SITE + ".") ? room(dependency.getTargetClass().getBaseComponentType().getPackageName()) : name);
            }
        }
        List<String> unused = new ArrayList<>();
        rules.forEach((room, rule) -> {
            Set<String> uses = used.getOrDefault(room, Set.of());
            Arrays.stream(rule.packages()).filter(p -> !uses.contains(p))
                    .forEach(p -> unused.add(room + " may use " + p + " but does not"));
            Arrays.stream(rule.libraries()).filter(l -> uses.stream().noneMatch(name -> name.startsWith(l + ".")))
                    .forEach(l -> unused.add(room + " may use " + l + " but does not"));
        });
        assertEquals(List.of(), unused);
    }

    @Test
    void onlyTheCommandLineWiresInTheEngine() {
        rules.forEach((room, rule) -> assertFalse(!room.equals("cli") && Arrays.asList(rule.packages()).contains("jbake"),
                room + " may not use jbake: the engine stays behind the ContentSource port, which only cli fills"));
        rules.forEach((room, rule) -> assertFalse(!room.equals("jbake")
                        && Arrays.stream(rule.libraries()).anyMatch(library -> library.startsWith("org.jbake")),
                room + " may not use JBake's own types"));
    }

    @Test
    void theModelAndTheConductorUseNoLibraryAndTheModelNoOtherPackage() {
        assertEquals(List.of(), List.of(rules.get("model").packages()), "the model needs none of the stages");
        assertEquals(List.of(), List.of(rules.get("model").libraries()), "the model imports neither JBake nor Freemarker");
        assertEquals(List.of(), List.of(rules.get("pipeline").libraries()), "the conductor imports no library type");
    }

    @Test
    void theStepsOfAPackageDependOnEachOtherOneWayOnly() {
        // index's sub-packages are steps (analysis, inversion, export, live): a step that needs a
        // later one is not a step. Each pair that uses the other both ways is named.
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : production) {
            String from = step(c.getPackageName());
            for (Dependency dependency : c.getDirectDependenciesFromSelf()) {
                String to = step(dependency.getTargetClass().getBaseComponentType().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        List<String> bothWays = new ArrayList<>();
        uses.forEach((from, targets) -> targets.stream()
                .filter(to -> from.compareTo(to) < 0 && uses.getOrDefault(to, Set.of()).contains(from))
                .forEach(to -> bothWays.add(from + " <-> " + to)));
        assertEquals(List.of(), bothWays, "steps that use each other: " + uses);
        assertFalse(uses.isEmpty(), "the steps were found");
    }

    /** "org.labourrights.site.index.live" is the step "index.live"; a package of no sub-package is none. */
    private static String step(String packageName) {
        if (!packageName.startsWith(SITE + ".")) {
            return null;
        }
        String[] parts = packageName.substring(SITE.length() + 1).split("\\.");
        return parts.length < 2 ? null : parts[0] + "." + parts[1];
    }

    @Test
    void nothingInTheGeneratorIsBenchmarkOrTestCode() throws IOException {
        Set<String> packages = new TreeSet<>();
        production.forEach(c -> packages.add(room(c.getPackageName())));
        assertEquals(new TreeSet<>(rules.keySet()), packages, "every package of target/classes is one of the rooms of src/main");
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            List<String> strays = files.map(Path::toString)
                    .filter(name -> name.contains("Benchmark") || name.contains("/bench/") || name.endsWith("Test.class"))
                    .toList();
            assertEquals(List.of(), strays, "benchmark or test files in the production jar's classes");
        }
    }

    private static boolean allowed(JavaClass from, JavaClass target, MayImport rule) {
        String name = target.getName();
        if (target.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.")) {
            return true;
        }
        if (name.startsWith(SITE + ".")) {
            String room = room(target.getPackageName());
            return production.contain(name) && (room.equals(room(from.getPackageName())) || room.isEmpty()
                    || Arrays.asList(rule.packages()).contains(room));
        }
        return Arrays.stream(rule.libraries()).anyMatch(library -> name.startsWith(library + "."));
    }

    /** "org.labourrights.site.index" and its sub-packages are the room "index"; the root is "". */
    private static String room(String packageName) {
        if (packageName.equals(SITE)) {
            return "";
        }
        String rest = packageName.substring(SITE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static List<String> rooms() {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            List<String> rooms = new ArrayList<>(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted().toList());
            rooms.add(0, "");
            return rooms;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
