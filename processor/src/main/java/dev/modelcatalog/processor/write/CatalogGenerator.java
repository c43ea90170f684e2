package dev.modelcatalog.processor.write;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.runtime.ModelCatalog;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes everything generated, reading like a table of contents: per catalog the catalog class, its rows class,
 * its key-bucket classes, its shards and routes classes (for shards with routes) and its {@code .ids} index; once
 * per compilation the service file; and, as soon as a catalog is known, its class-path index class.
 */
public final class CatalogGenerator {

  /**
   * The catalog format written: the one of the runtime the processor was built with, which the generated code is
   * written for. A runtime reads every format up to its own ({@code ModelCatalog.FORMAT}).
   */
  public static final int CATALOG_FORMAT = ModelCatalog.FORMAT;

  private final Filer filer;

  public CatalogGenerator(Filer filer) {
    this.filer = filer;
  }

  /** The class-path index class of a catalog. */
  public void writeIndexClass(String catalogQualifiedName, List<? extends Element> origins) {
    SourceFiles.write(IndexClassWriter.write(catalogQualifiedName, origins), filer);
  }

  /**
   * Names this compilation's catalogs, which the processor checked against each other, for
   * {@code ModelCatalog.compilationId()}: a digest of their names and ids and aliases, so the same input gives the
   * same name and other input another.
   */
  static String compilationId(Map<CatalogSpec, KeyBuckets> catalogs) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      List<CatalogSpec> sorted = new java.util.ArrayList<>(catalogs.keySet());
      sorted.sort(java.util.Comparator.comparing(CatalogSpec::qualifiedName));
      for (CatalogSpec catalog : sorted) {
        digest.update((catalog.qualifiedName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int hash : catalogs.get(catalog).exactKeyHashes()) {
          digest.update(new byte[] {(byte) (hash >>> 24), (byte) (hash >>> 16), (byte) (hash >>> 8), (byte) hash});
        }
      }
      return java.util.HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The number of key-bucket classes written for a catalog: one a bucket, none for a single bucket. */
  public static int keyClassCount(CatalogSpec catalog) {
    int buckets = 1 << KeyBuckets.bitsFor(catalog);
    return buckets == 1 ? 0 : buckets;
  }

  /**
   * Every catalog, then the service file listing them. The service file also keeps the catalogs an earlier build
   * listed that this compilation does not write and that {@code stillCompiled} finds (an IDE recompiling one
   * provider's sources leaves the others' catalogs as they were), except those of a package this compilation
   * writes a catalog for: a package has one catalog, and its provider id may have changed. When
   * {@code catalogList} names a class (else null), that class is written too, listing the same catalogs
   * ({@link CatalogListWriter}).
   */
  public void writeCatalogs(List<CatalogSpec> catalogs, Predicate<String> stillCompiled, String catalogList) {
    // Bucketing hashes every key: done once a catalog, for the compilation id and the writers both.
    Map<CatalogSpec, KeyBuckets> bucketed = new IdentityHashMap<>(); // a record's hash would walk every model
    for (CatalogSpec catalog : catalogs) {
      bucketed.put(catalog, KeyBuckets.of(catalog));
    }
    String compilationId = compilationId(bucketed);
    for (CatalogSpec catalog : catalogs) {
      KeyBuckets buckets = bucketed.get(catalog);
      SourceFiles.write(CatalogWriter.write(catalog, buckets, compilationId), filer);
      SourceFiles.write(RowsWriter.write(catalog), filer);
      // A single bucket is written into the catalog class itself.
      for (int bucket = 0; buckets.count() > 1 && bucket < buckets.count(); bucket++) {
        SourceFiles.write(KeysWriter.write(catalog, buckets, bucket), filer);
      }
      for (int shard = 0; shard < catalog.shardCount(); shard++) {
        SourceFiles.write(ShardWriter.write(catalog, shard), filer);
        if (catalog.hasRoutes(shard)) {
          SourceFiles.write(RoutesWriter.write(catalog, shard), filer);
        }
      }
      ResourceWriter.write(filer, Names.idsResource(catalog.qualifiedName()), ResourceWriter.ids(catalog),
          List.of(catalog));
    }
    Set<String> listed = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    for (CatalogSpec catalog : catalogs) {
      listed.add(catalog.qualifiedName());
      packages.add(catalog.packageName());
    }
    for (String before : ResourceWriter.listedBefore(filer)) {
      int dot = before.lastIndexOf('.');
      if (!packages.contains(dot < 0 ? "" : before.substring(0, dot)) && stillCompiled.test(before)) {
        listed.add(before);
      }
    }
    ResourceWriter.write(filer, Names.SERVICES_FILE, ResourceWriter.services(listed), catalogs);
    if (catalogList != null) {
      SourceFiles.write(CatalogListWriter.write(catalogList, listed, catalogs), filer);
    }
  }
}
