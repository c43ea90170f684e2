package dev.modelcatalog.processor.write;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.KeySpec;
import dev.modelcatalog.processor.model.ModelSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** The plain-text outputs: the {@code ServiceLoader} file and each catalog's {@code .ids} key index. */
final class ResourceWriter {

  private ResourceWriter() {}

  /** {@code META-INF/services/dev.modelcatalog.runtime.ModelCatalog}: the catalogs, sorted, one per line. */
  static String services(List<CatalogSpec> catalogs) {
    StringBuilder out = new StringBuilder();
    catalogs.stream().map(CatalogSpec::qualifiedName).sorted().forEach(name -> out.append(name).append('\n'));
    return out.toString();
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
