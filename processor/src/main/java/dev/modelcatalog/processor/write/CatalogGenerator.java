package dev.modelcatalog.processor.write;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes everything generated, reading like a table of contents: per catalog the catalog class, its shards and
 * key classes and its {@code .ids} index; once per compilation the service file; and, as soon as a catalog is
 * known, its class-path index class.
 */
public final class CatalogGenerator {

  private final Filer filer;

  public CatalogGenerator(Filer filer) {
    this.filer = filer;
  }

  /** The class-path index class of a catalog. */
  public void writeIndexClass(String catalogQualifiedName, List<? extends Element> origins) {
    SourceFiles.write(IndexClassWriter.write(catalogQualifiedName, origins), filer);
  }

  /** Every catalog, then the service file listing them. */
  public void writeCatalogs(List<CatalogSpec> catalogs) {
    for (CatalogSpec catalog : catalogs) {
      SourceFiles.write(CatalogWriter.write(catalog), filer);
      for (int shard = 0; shard < catalog.shardCount(); shard++) {
        SourceFiles.write(ShardWriter.write(catalog, shard), filer);
        SourceFiles.write(KeysWriter.write(catalog, shard), filer);
      }
      ResourceWriter.write(filer, Names.idsResource(catalog.qualifiedName()), ResourceWriter.ids(catalog),
          List.of(catalog));
    }
    ResourceWriter.write(filer, Names.SERVICES_FILE, ResourceWriter.services(catalogs), catalogs);
  }
}
