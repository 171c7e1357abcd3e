package org.labourrights.site.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a YAML file was written: a map from JSON pointer ({@code /events/2/date}) to
 * line. The schema validator reports errors by JSON pointer and Jackson's tree model forgets
 * positions, so the file is walked once more with the streaming parser, which remembers them.
 *
 * <p>A mapping key is located at its key ({@code date:}), a list item at its first token. The walk
 * also catches keys written twice, which the tree model would silently merge (the last one wins).
 */
final class YamlLines {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Problem> duplicates = new ArrayList<>();
    private final String file;
    /** What to add to a line of the YAML text to make it a line of the file. */
    private final int offset;

    private YamlLines(String file, int firstLine) {
        this.file = file;
        this.offset = firstLine - 1;
    }

    /** @throws ContentException if the text is not YAML at all */
    static YamlLines of(String file, String yaml) {
        return of(file, yaml, 1);
    }

    /**
     * @param firstLine the line of the file on which {@code yaml} begins (front matter begins on line 2)
     * @throws ContentException if the text is not YAML at all
     */
    static YamlLines of(String file, String yaml, int firstLine) {
        YamlLines result = new YamlLines(file, firstLine);
        result.lines.put("", firstLine);
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() != null) {
                result.walk(parser, "");
            }
        } catch (JsonProcessingException e) {
            throw YamlFields.notYaml(file, e, firstLine);
        } catch (IOException e) {
            throw new ContentException(Problem.unreadable(file, e));
        }
        return result;
    }

    static ContentException notYaml(String file, JsonProcessingException e) {
        return YamlFields.notYaml(file, e, 1);
    }

    /** The parser stands on the first token of the value at {@code pointer}. */
    private void walk(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                int line = parser.currentTokenLocation().getLineNr() + offset;
                Integer first = lines.putIfAbsent(child, line);
                if (first != null) {
                    duplicates.add(new Problem(file, line, "'" + name + "' is written twice (first on line " + first
                            + "); keep only one"));
                }
                parser.nextToken();
                walk(parser, child);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = pointer + "/" + index++;
                lines.put(child, parser.currentTokenLocation().getLineNr() + offset);
                walk(parser, child);
            }
        }
    }

    /** RFC 6901: '~' and '/' inside a key are written ~0 and ~1. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The line of the value at {@code pointer}, or of its nearest written parent. */
    int lineOf(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return 1;
    }

    /** Every pointer with its line, except those under {@code exclude} (a subtree that must go no further). */
    Map<String, Integer> without(String exclude) {
        Map<String, Integer> kept = new HashMap<>();
        lines.forEach((pointer, line) -> {
            if (!pointer.isEmpty() && !pointer.equals(exclude) && !pointer.startsWith(exclude + "/")) {
                kept.put(pointer, line);
            }
        });
        return kept;
    }

    List<Problem> duplicates() {
        return List.copyOf(duplicates);
    }
}
