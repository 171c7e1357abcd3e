package org.labourrights.site.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build benchmark times our build as production runs it: with the JVM flags of the pom's
 * {@code site} execution, which it has to repeat because it starts that JVM itself.
 */
class BuildBenchmarkFlagsTest {

    @Test
    void theBenchmarkRunsTheBuildWithThePomsJvmFlags() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList executions = pom.getElementsByTagNameNS("*", "execution");
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            NodeList id = execution.getElementsByTagNameNS("*", "id");
            if (id.getLength() == 0 || !"site".equals(id.item(0).getTextContent())) {
                continue;
            }
            NodeList arguments = execution.getElementsByTagNameNS("*", "argument");
            for (int a = 0; a < arguments.getLength(); a++) {
                String argument = arguments.item(a).getTextContent().strip();
                if (argument.equals("-classpath")) {
                    break;
                }
                flags.add(argument);
            }
        }
        assertEquals(6, flags.size(), "the site execution's flags: " + flags);
        assertEquals(String.join(" ", flags), BuildBenchmark.SITE_JVM_FLAGS);
    }
}
