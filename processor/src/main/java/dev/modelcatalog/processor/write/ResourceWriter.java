package dev.modelcatalog.processor.write;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.KeySpec;
import dev.modelcatalog.processor.model.ModelSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** The plain-text outputs: the {@code ServiceLoader} file and each catalog's {@code .ids} key index. */
final class ResourceWriter {

  private ResourceWriter() {}

  /** {@code META-INF/services/dev.modelcatalog.runtime.ModelCatalog}: the catalogs, sorted, one per line. */
  static String services(Collection<String> catalogs) {
    StringBuilder out = new StringBuilder();
    new TreeSet<>(catalogs).forEach(name -> out.append(name).append('\n'));
    return out.toString();
  }

  /** The catalogs the service file in the class output lists, from an earlier build; none when there is none. */
  static List<String> listedBefore(Filer filer) {
    List<String> listed = new ArrayList<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", Names.SERVICES_FILE);
      try (BufferedReader lines = new BufferedReader(file.openReader(true))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            listed.add(name);
          }
        }
      }
    } catch (IOException | RuntimeException none) {
      return List.of(); // no earlier file (or no class output to read it from): nothing to keep
    }
    return listed;
  }

  /** The key index of a catalog: {@code id<TAB>kind<TAB>key} per line, in catalog order. */
  static String ids(CatalogSpec catalog) {
    StringBuilder out = new StringBuilder("# Lookup keys of ").append(catalog.qualifiedName())
        .append(": model id, kind (id, alias, normalized, compact), key\n");
    for (ModelSpec model : catalog.models()) {
      for (KeySpec key : model.keys()) {
        out.append(model.id()).append('\t').append(key.kindName()).append('\t').append(key.key()).append('\n');
      }
    }
    return out.toString();
  }

  static void write(Filer filer, String path, String content, List<CatalogSpec> origins) {
    List<Element> elements = new ArrayList<>();
    origins.forEach(catalog -> elements.addAll(catalog.originatingElements(catalog.models())));
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
          elements.toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
