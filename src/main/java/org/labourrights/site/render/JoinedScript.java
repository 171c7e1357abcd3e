package org.labourrights.site.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.Problem;

/**
 * One classic script joined from a folder of ES modules, in the order its {@code parts.txt} lists
 * them: {@code assets/js/search/} becomes {@code js/search.js}. Browsers get one file (one request,
 * one hashed name, no module loader); Node's tests import each part as the module it is.
 *
 * <p>Each part runs in a function of its own, so its private names stay its own, inside one
 * function that leaks no global. Its import lines are dropped, since what they name is already in
 * scope from a part above it; its exported names are what its function returns, as constants of
 * the outer function. Only the plain forms are joined ({@code import { a, b } from './part.mjs';}
 * and {@code export} before a function, class, const or let), each at the start of a line; any
 * other import or export, a part missing from the list or importing from a part below it, stops
 * the build with the file and line. The same parts give the same bytes.
 */
final class JoinedScript {

    /** The file that makes a folder a joined script, and lists its parts in order. */
    static final String PARTS = "parts.txt";

    private static final Pattern IMPORT = Pattern.compile(
            "import\\s*\\{([^}]*)}\\s*from\\s*'\\./([^'/]+)'\\s*;\\s*");
    private static final Pattern EXPORT = Pattern.compile(
            "export ((?:async )?function\\*? |class |const |let )([A-Za-z_$][\\w$]*)");
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(import|export)\\b");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final String RULE = "// ----------------------------------------------------------------";
    /** An import statement longer than this many lines is taken to be missing its end. */
    private static final int IMPORT_LINES = 30;

    private final Path folder;
    private final String shown;
    /** Each part's exports, in the order of parts.txt. */
    private final Map<String, List<String>> exports = new LinkedHashMap<>();
    private final Map<String, String> exporter = new HashMap<>();

    private JoinedScript(Path folder, String shown) {
        this.folder = folder;
        this.shown = shown.endsWith("/") ? shown : shown + "/";
    }

    static boolean isParts(Path folder) {
        return Files.isRegularFile(folder.resolve(PARTS));
    }

    /**
     * @param folder the folder holding parts.txt
     * @param shown  the folder as problems name it, e.g. {@code assets/js/search/}
     */
    static byte[] join(Path folder, String shown) {
        return new JoinedScript(folder, shown).join().getBytes(StandardCharsets.UTF_8);
    }

    private String join() {
        List<String> parts = parts();
        StringBuilder out = new StringBuilder();
        out.append("/* ").append(shown).append(", joined in the order of its ").append(PARTS)
                .append(" (AssetPipeline): edit the parts, not this file. */\n");
        out.append("(function () {\n'use strict';\n");
        for (String part : parts) {
            List<String> names = new ArrayList<>();
            String body = body(part, names);
            exports.put(part, names);
            String returned = String.join(", ", names);
            out.append('\n').append(RULE).append(' ').append(part).append('\n');
            out.append(names.isEmpty() ? "" : "const { " + returned + " } = ").append("(function () {\n");
            out.append(body);
            if (!names.isEmpty()) {
                out.append("return { ").append(returned).append(" };\n");
            }
            out.append("})();\n");
        }
        out.append("})();\n");
        return out.toString();
    }

    /** The parts in the order parts.txt lists them, each an .mjs file of the folder, all of them. */
    private List<String> parts() {
        List<String> lines = lines(folder.resolve(PARTS), shown + PARTS);
        Set<String> parts = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            Problem problem = null;
            if (!name.endsWith(".mjs") || name.contains("/") || name.contains("\\")) {
                problem = problem(PARTS, i + 1, "\"" + name + "\" is not a part: name one .mjs file of this folder per line");
            } else if (!Files.isRegularFile(folder.resolve(name))) {
                problem = problem(PARTS, i + 1, "there is no " + shown + name + ": create it or take its line out");
            } else if (!parts.add(name)) {
                problem = problem(PARTS, i + 1, name + " is listed twice: keep the line where it belongs in the order");
            }
            if (problem != null) {
                throw new ContentException(problem);
            }
        }
        TreeSet<String> unlisted = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.startsWith(".") && !f.equals(PARTS) && !parts.contains(f))
                    .forEach(unlisted::add);
        } catch (IOException e) {
            throw new ContentException(Problem.unreadable(shown, e));
        }
        if (!unlisted.isEmpty()) {
            throw new ContentException(problem(unlisted.first(), 1, "this file is in a joined script's folder but not"
                    + " in its " + PARTS + ": list it there after the parts it imports from (only parts belong here)"));
        }
        if (parts.isEmpty()) {
            throw new ContentException(problem(PARTS, 1, "no part is listed: name the folder's .mjs files, one per line, in order"));
        }
        return List.copyOf(parts);
    }

    /** A part's text without its import lines and with "export " taken off; its exported names into {@code names}. */
    private String body(String part, List<String> names) {
        List<String> lines = lines(folder.resolve(part), shown + part);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher statement = STATEMENT.matcher(line);
            if (!statement.find()) {
                body.append(line).append('\n');
            } else if (statement.group(1).equals("import")) {
                i = skipImport(part, lines, i);
            } else {
                Matcher export = EXPORT.matcher(line);
                if (!export.lookingAt()) {
                    throw new ContentException(problem(part, i + 1, "only \"export\" before one declaration is joined:"
                            + " write export function name(…), export class Name, export const name = … at the start"
                            + " of the line (not export lists, default or re-exports)"));
                }
                String name = export.group(2);
                String other = exporter.putIfAbsent(name, part);
                if (other != null) {
                    throw new ContentException(problem(part, i + 1, other + " exports \"" + name + "\" already: parts share"
                            + " one scope for their exports, so give one of them another name"));
                }
                names.add(name);
                body.append(line.substring("export ".length())).append('\n');
            }
        }
        return body.toString();
    }

    /** Checks the import statement starting at line {@code first}; returns its last line. */
    private int skipImport(String part, List<String> lines, int first) {
        StringBuilder statement = new StringBuilder();
        int last = first;
        while (true) {
            statement.append(lines.get(last)).append('\n');
            if (lines.get(last).contains(";") || last + 1 == lines.size() || last - first >= IMPORT_LINES) {
                break;
            }
            last++;
        }
        Matcher matcher = IMPORT.matcher(statement);
        if (!matcher.matches()) {
            throw new ContentException(problem(part, first + 1, "only named imports from a part of this folder are"
                    + " joined: write import { name, other } from './part.mjs'; (no \"as\", default or namespace"
                    + " imports, nothing after the semicolon)"));
        }
        String from = matcher.group(2);
        List<String> offered = exports.get(from);
        if (offered == null) {
            throw new ContentException(problem(part, first + 1, from.equals(part) ? "a part cannot import from itself"
                    : from + " is not listed above " + part + " in " + PARTS + ": a part imports only from parts"
                    + " above it, so move one of the two lines"));
        }
        for (String name : matcher.group(1).split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(trimmed).matches()) {
                throw new ContentException(problem(part, first + 1, "\"" + trimmed + "\" is not joined: import names"
                        + " as they are exported (no \"as\")"));
            }
            if (!offered.contains(trimmed)) {
                throw new ContentException(problem(part, first + 1, from + " exports no \"" + trimmed + "\"; it exports: "
                        + (offered.isEmpty() ? "nothing" : String.join(", ", offered))));
            }
        }
        return last;
    }

    private Problem problem(String file, int line, String message) {
        return new Problem(shown + file, line, message);
    }

    /** A file's lines, whatever its line ends, without a byte order mark: the join is the same on every checkout. */
    private static List<String> lines(Path file, String shown) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            return List.of(text.split("\n", -1));
        } catch (IOException e) {
            throw new ContentException(Problem.unreadable(shown, e));
        }
    }
}
