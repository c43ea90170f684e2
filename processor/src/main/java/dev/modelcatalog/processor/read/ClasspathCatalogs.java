package dev.modelcatalog.processor.read;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.diag.Diagnostics;
import dev.modelcatalog.processor.diag.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the key indexes of catalogs compiled earlier and now on the class path.
 *
 * <p>javac cannot list class-path resources, but it can list the classes of a package across every class-path
 * entry. So each generated catalog comes with a tiny class in {@value Names#INDEX_PACKAGE} whose constant
 * {@value Names#INDEX_CONSTANT} names the catalog; that name leads to the resource
 * {@code dev/modelcatalog/index/<catalog>.ids}, read here through {@link Filer#getResource} on
 * {@link StandardLocation#CLASS_PATH}. The resource sits in the index package because javac's file manager
 * looks into a jar only under directories whose names are Java identifiers, which {@code META-INF} is not. A
 * resource that cannot be read is reported as a warning and skipped.
 */
public final class ClasspathCatalogs {

  /**
   * One key of a class-path catalog: {@code kind} is {@code id}, {@code alias}, {@code normalized} or
   * {@code compact}.
   */
  public record Key(String catalog, String modelId, String kind, String key) {}

  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;

  public ClasspathCatalogs(Elements elements, Filer filer, Diagnostics diagnostics) {
    this.elements = elements;
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** The qualified names of the catalogs indexed on the class path, sorted. */
  public List<String> catalogNames() {
    PackageElement index = elements.getPackageElement(Names.INDEX_PACKAGE);
    List<String> names = new ArrayList<>();
    if (index == null) {
      return names;
    }
    for (Element type : index.getEnclosedElements()) {
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(Names.INDEX_CONSTANT)
            && ((VariableElement) member).getConstantValue() instanceof String catalog) {
          names.add(catalog);
        }
      }
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** Every key of every class-path catalog except those named in {@code excluded} (this compilation's own). */
  public List<Key> keys(Set<String> excluded) {
    List<Key> keys = new ArrayList<>();
    for (String catalog : catalogNames()) {
      if (excluded.contains(catalog)) {
        continue;
      }
      try {
        FileObject resource = filer.getResource(StandardLocation.CLASS_PATH, "", Names.idsResource(catalog));
        try (Reader reader = resource.openReader(true); BufferedReader lines = new BufferedReader(reader)) {
          parse(catalog, lines, keys);
        }
      } catch (IOException | RuntimeException e) {
        diagnostics.report(Message.CLASSPATH_INDEX_UNREADABLE, null, null, null, catalog, e);
      }
    }
    return keys;
  }

  private static void parse(String catalog, BufferedReader lines, List<Key> keys) throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        throw new IOException("malformed line: " + line);
      }
      keys.add(new Key(catalog, columns[0], columns[1], columns[2]));
    }
  }
}
