package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM has no parent, so nothing keeps it in step with the build but this: it lists every module a user
 * depends on (each of the build's modules but the examples), at the build's version.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Modules that are not a user's dependencies: the BOM itself and the examples. */
  private static final List<String> UNPUBLISHED = List.of("bom", "examples");

  @Test
  void bom_listsEveryPublishedModule_atTheBuildsVersion() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    Map<String, String> expected = new TreeMap<>();
    for (Element module : elements(parent.getDocumentElement(), "modules", "module")) {
      String name = module.getTextContent().strip();
      if (!UNPUBLISHED.contains(name)) {
        expected.put(child(read(ROOT.resolve(name).resolve("pom.xml")).getDocumentElement(), "artifactId"), version);
      }
    }

    Document bom = read(ROOT.resolve("bom/pom.xml"));
    assertEquals(version, child(bom.getDocumentElement(), "version"), "the BOM's own version");
    Map<String, String> listed = new TreeMap<>();
    for (Element dependency : elements(bom.getDocumentElement(), "dependencyManagement", "dependencies",
        "dependency")) {
      assertEquals("dev.modelcatalog", child(dependency, "groupId"));
      listed.put(child(dependency, "artifactId"), child(dependency, "version"));
    }
    assertEquals(expected, listed);
    assertEquals(new TreeSet<>(List.of("modelcatalog-annotations", "modelcatalog-runtime", "modelcatalog-processor",
        "modelcatalog-catalog", "modelcatalog-store-s3")), listed.keySet(), "the modules the README names");
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the element's direct child of this name. */
  private static String child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  /** The elements at this path of direct children below the element. */
  private static List<Element> elements(Element from, String... path) {
    List<Element> level = List.of(from);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element element : level) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element child && child.getTagName().equals(name)) {
            next.add(child);
          }
        }
      }
      level = next;
    }
    return level;
  }
}
