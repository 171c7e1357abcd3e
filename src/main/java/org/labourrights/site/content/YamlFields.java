package org.labourrights.site.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level fields of a YAML mapping, each with the line its key is on. Jackson's tree model
 * forgets where things were written; the streaming parser remembers, and editors need the line.
 */
public final class YamlFields {

    /**
     * A value and the 1-based line of the file where its key stands; for a list, also the line of
     * each item, so that a wrong item of a list written one per line is reported on its own line.
     */
    public record Field(JsonNode value, int line, List<Integer> itemLines) {
        public Field {
            itemLines = List.copyOf(itemLines);
        }

        /** The line of the {@code index}-th item of a list, or the key's line. */
        public int itemLine(int index) {
            return index < itemLines.size() ? itemLines.get(index) : line;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFields() {
    }

    /**
     * @param firstLine the line of the file on which {@code yaml} begins
     * @param example   a correct example, shown when the text is not a mapping at all
     */
    public static Map<String, Field> read(String file, String yaml, int firstLine, String example) {
        // A key written twice at any depth (an addressee with two 'email:') would be merged silently,
        // the last one winning; it is refused instead, where it stands.
        YamlLines lines = YamlLines.of(file, yaml, firstLine);
        List<Problem> duplicates = lines.duplicates();
        if (!duplicates.isEmpty()) {
            throw new ContentException(duplicates);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fields;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ContentException(new Problem(file, firstLine,
                        "this must be lines of 'name: value', like " + example));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = lineOf(parser.currentLocation(), firstLine);
                parser.nextToken();
                JsonNode value = YAML.readTree(parser);
                List<Integer> itemLines = new ArrayList<>();
                for (int i = 0; value != null && value.isArray() && i < value.size(); i++) {
                    itemLines.add(lines.lineOf("/" + YamlLines.escape(name) + "/" + i));
                }
                fields.put(name, new Field(value, line, itemLines));
            }
        } catch (JsonProcessingException e) {
            throw notYaml(file, e, firstLine);
        } catch (IOException e) {
            throw new ContentException(new Problem(file, firstLine, "the file cannot be read as text (" + e.getMessage()
                    + "); save it again as plain text in the UTF-8 encoding"));
        }
        return fields;
    }

    /**
     * YAML that does not parse, said once for front matter and case files alike.
     *
     * @param firstLine the line of the file on which the parsed text begins
     */
    static ContentException notYaml(String file, JsonProcessingException e, int firstLine) {
        JsonLocation location = e.getLocation();
        int line = location == null ? firstLine : Math.max(firstLine, lineOf(location, firstLine));
        return new ContentException(new Problem(file, line,
                "this is not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("").strip()
                        + "); write each field as 'name: value' on its own line, indent what belongs to a field"
                        + " with spaces (never tabs), and put a text that contains ':' or starts with a quote or"
                        + " bracket in double quotes"));
    }

    private static int lineOf(JsonLocation location, int firstLine) {
        return location.getLineNr() - 1 + firstLine;
    }
}
