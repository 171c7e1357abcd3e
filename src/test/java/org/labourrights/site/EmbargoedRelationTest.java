package org.labourrights.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourrights.site.fixtures.CaseText;

/**
 * A case under embargo stays unannounced by the cases tied to it: a public case's relation to it,
 * and its own relation to a public case, show nowhere until the embargo ends (pages, open data,
 * search, feeds, the map's counts and the editors' pages included).
 */
class EmbargoedRelationTest {

    static String relation(String kind, String other) {
        return "\n  - kind: " + kind + "\n    case: " + other + "\n    source: " + CaseText.KZ_STATEMENT;
    }

    @Test
    void aRelationToACaseUnderEmbargoIsShownNowhere(@TempDir Path work) throws IOException {
        ProjectCopy project = ProjectCopy.of(work.resolve("project"));
        project.write("content/cases/embargoed-person.yaml", CaseText.person("embargoed-person", "Embargoedsentinel Person")
                .with("embargo", "2999-01-01T00:00:00Z").with("relations", relation("co_defendant", "public-person"))
                .toString());
        project.write("content/cases/public-person.yaml", CaseText.person("public-person", "Public Person")
                .with("relations", relation("relative_of", "embargoed-person")).toString());
        Path site = work.resolve("site");
        ProjectCopy.Outcome outcome = project.build(site);
        assertEquals(0, outcome.exitCode(), outcome.err());

        assertTrue(Files.exists(site.resolve("en/cases/public-person/index.html")));
        String page = Files.readString(site.resolve("en/cases/public-person/index.html"));
        assertTrue(!page.contains("class=\"relations\""), "the public case shows no relation at all");
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> leaking = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    return text.contains("embargoed-person") || text.contains("Embargoedsentinel");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), leaking);
        }
    }
}
