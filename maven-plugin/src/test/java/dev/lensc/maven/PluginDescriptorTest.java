package dev.lensc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the built plugin descriptor and jar promise users: documented goals and parameters, IDE metadata. */
class PluginDescriptorTest {

    private static Document xml(String resource) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(resource)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    private static List<Element> elements(NodeList l) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static List<Element> mojos() throws Exception {
        return elements(xml("/META-INF/maven/plugin.xml").getElementsByTagName("mojo"));
    }

    @Test
    void everyUserParameter_hasADescriptionAndSince() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Element mojo : mojos()) {
            String goal = child(mojo, "goal");
            for (Element p : elements(mojo.getElementsByTagName("parameter"))) {
                if (!"true".equals(child(p, "editable")) || goal.equals("help")) {
                    continue;
                }
                checked++;
                if (child(p, "description").isEmpty() || child(p, "since").isEmpty()) {
                    missing.add(goal + "." + child(p, "name"));
                }
            }
        }
        assertTrue(checked > 20, "parameters found: " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void noGoal_resolvesDependenciesUpFront() throws Exception {
        for (Element mojo : mojos()) {
            String resolution = child(mojo, "requiresDependencyResolution");
            assertTrue(resolution.isEmpty(), child(mojo, "goal") + " requires resolution " + resolution);
        }
    }

    @Test
    void m2eMetadata_namesEveryGoal() throws Exception {
        Set<String> goals = new TreeSet<>();
        mojos().forEach(m -> goals.add(child(m, "goal")));
        assertEquals(Set.of("check", "generate", "generate-test", "help"), goals);
        Set<String> mapped = new TreeSet<>();
        Document m2e = xml("/META-INF/m2e/lifecycle-mapping-metadata.xml");
        elements(m2e.getElementsByTagName("goal")).forEach(g -> mapped.add(g.getTextContent().trim()));
        assertEquals(goals, mapped);
    }

    @Test
    void theYamlReader_isNotOnThePluginsClassPath() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"));
        assertFalse(System.getProperty("java.class.path").contains("snakeyaml"));
    }
}
