package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.ModelSpec;
import javax.lang.model.element.Modifier;

/**
 * A provider's catalog class: the {@code ModelCatalog} that {@code ServiceLoader} finds. It holds the id
 * constants, the key hashes and the dispatch to the classes beside it: rows (ids, owners, capability bits, for
 * queries that must not build definitions), key buckets and definition shards. It has no static initializer, so
 * creating it, as {@code ServiceLoader} does, reads nothing; each class beside it loads on first use.
 *
 * <p>A catalog whose keys fit in one bucket keeps them here instead of in a class of their own: a registry's first
 * lookup reads that bucket whichever key it looks for, and a starting JVM spends some tenths of a millisecond on
 * every class it loads from a jar, more than a hundred-odd more constants cost this one. A catalog of one shard
 * calls it without a switch. A switch on a checked index has no branch that throws: its last case is the {@code
 * default}. Verifying a method that throws a class by name loads that class, and no exception class fit for an
 * impossible index is among those a JVM has loaded before {@code main}.
 */
final class CatalogWriter {

  private CatalogWriter() {}

  static JavaFile write(CatalogSpec catalog, KeyBuckets buckets, String compilationId) {
    TypeSpec.Builder type = TypeSpec.classBuilder(catalog.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.MODEL_CATALOG);
    addIdConstants(type, catalog);
    type.addField(FieldSpec.builder(int.class, "SIZE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", catalog.models().size()).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the catalog; {@link java.util.ServiceLoader} calls this. Fails if the runtime does not"
            + " read\nthe catalog format this class was generated in.\n")
        .addStatement("$T.requireFormat($L, $T.class)", RuntimeTypes.MODEL_CATALOG, CatalogGenerator.CATALOG_FORMAT,
            ClassName.get(catalog.packageName(), catalog.simpleName()))
        .build());
    addAccessors(type, catalog);
    addModel(type, catalog);
    addKeys(type, catalog, buckets);
    type.addMethod(accessor("compilationId", ClassName.get(String.class))
        .addStatement("return $S", compilationId).build());
    CatalogMetadataWriter.addTo(type, catalog);
    String javadoc = "The {@code " + catalog.providerId() + "} catalog: the models declared in package {@code "
        + catalog.packageName() + "}.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(catalog.models()));
  }

  /** The nested class holding the id constants: {@code OpenAiCatalog.Ids}. */
  static ClassName idsClass(CatalogSpec catalog) {
    return ClassName.get(catalog.packageName(), catalog.simpleName()).nestedClass(IDS);
  }

  private static final String IDS = "Ids";

  /**
   * The id constants, in a nested class of their own: the JVM interns every constant of a class when it loads
   * the class, and a registry loads every catalog class when it starts, so 10,000 constants there would cost
   * every start-up tens of milliseconds. Code that uses a constant has it inlined by {@code javac} and never
   * loads the nested class.
   */
  private static void addIdConstants(TypeSpec.Builder type, CatalogSpec catalog) {
    TypeSpec.Builder ids = TypeSpec.classBuilder(IDS)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The ids of the catalog's models, one constant per stub.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ModelSpec model : catalog.models()) {
      ids.addField(FieldSpec.builder(String.class, model.constantName(), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("The id of {@code $L}: {@value}.\n", model.stub().getSimpleName())
          .initializer("$L", StringLiterals.of(model.id()))
          .build());
    }
    type.addType(ids.build());
  }

  private static void addAccessors(TypeSpec.Builder type, CatalogSpec catalog) {
    type.addMethod(accessor("providerId", ClassName.get(String.class)).addStatement("return $L",
        StringLiterals.of(catalog.providerId())).build());
    type.addMethod(accessor("providerName", ClassName.get(String.class)).addStatement("return $L",
        StringLiterals.of(catalog.providerName())).build());
    type.addMethod(accessor("size", TypeName.INT).addStatement("return SIZE").build());
    ClassName rows = ClassName.get(catalog.packageName(), Names.rowsSimpleName(catalog.simpleName()));
    type.addMethod(accessor("id", ClassName.get(String.class)).addParameter(int.class, "index")
        .addStatement("return $T.IDS[index]", rows).build());
    type.addMethod(accessor("ownedBy", ClassName.get(String.class)).addParameter(int.class, "index")
        .addStatement("return $T.OWNERS[index]", rows).build());
    type.addMethod(accessor("capabilityBits", TypeName.LONG).addParameter(int.class, "index")
        .addStatement("return $T.CAPABILITY_BITS[index]", rows).build());
    type.addMethod(accessor("contextWindow", TypeName.INT).addParameter(int.class, "index")
        .addStatement("return $T.CONTEXT_WINDOWS[index]", rows).build());
  }

  private static MethodSpec.Builder accessor(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static void addModel(TypeSpec.Builder type, CatalogSpec catalog) {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.checkIndex(index, SIZE)", RuntimeTypes.OBJECTS);
    if (catalog.shardCount() == 1) {
      body.addStatement("return $T.model(index)", shardClass(catalog, 0));
    } else {
      body.beginControlFlow("switch (index >>> $L)", Names.SHARD_BITS);
      for (int shard = 0; shard < catalog.shardCount(); shard++) {
        body.add(caseLabel(shard, catalog.shardCount())).indent()
            .addStatement("return $T.model(index & $L)", shardClass(catalog, shard), Names.SHARD_SIZE - 1)
            .unindent();
      }
      body.endControlFlow();
    }
    type.addMethod(accessor("model", RuntimeTypes.MODEL_DEFINITION).addParameter(int.class, "index")
        .addCode(body.build()).build());
  }

  private static void addKeys(TypeSpec.Builder type, CatalogSpec catalog, KeyBuckets buckets) {
    type.addMethod(accessor("keyBucketBits", TypeName.INT).addStatement("return $L", buckets.bits()).build());
    type.addMethod(accessor("keys", TypeName.VOID).addParameter(RuntimeTypes.KEY_SINK, "sink")
        .beginControlFlow("for (int bucket = 0; bucket < $L; bucket++)", buckets.count())
        .addStatement("keys(bucket, sink)")
        .endControlFlow()
        .build());
    CodeBlock.Builder dispatch = CodeBlock.builder()
        .addStatement("$T.checkIndex(bucket, $L)", RuntimeTypes.OBJECTS, buckets.count());
    if (buckets.count() == 1) {
      dispatch.add("// The one bucket. A compact key is given as the id or alias whose form it is.\n")
          .add(KeysWriter.statements(buckets.bucket(0)));
    } else {
      dispatch.beginControlFlow("switch (bucket)");
      for (int bucket = 0; bucket < buckets.count(); bucket++) {
        dispatch.add(caseLabel(bucket, buckets.count())).indent()
            .addStatement("$T.keys(sink)", keysClass(catalog, bucket))
            .addStatement("break")
            .unindent();
      }
      dispatch.endControlFlow();
    }
    type.addMethod(accessor("keys", TypeName.VOID).addParameter(int.class, "bucket")
        .addParameter(RuntimeTypes.KEY_SINK, "sink").addCode(dispatch.build()).build());
    type.addMethod(accessor("exactKeyHashes", ArrayTypeName.of(int.class))
        .addStatement("return $T.decodeKeyHashes($L)", RuntimeTypes.MODEL_CATALOG, hashChunks(buckets))
        .build());
  }

  /**
   * {@code case n:}, or {@code default:} for the last of {@code count} cases: the switch is on an index already
   * checked, so the last case is the only one left.
   */
  static CodeBlock caseLabel(int n, int count) {
    return n == count - 1 ? CodeBlock.of("default: // $L: the index was checked\n", n) : CodeBlock.of("case $L:\n", n);
  }

  private static ClassName shardClass(CatalogSpec catalog, int n) {
    return ClassName.get(catalog.packageName(), Names.shardSimpleName(catalog.simpleName(), n));
  }

  private static ClassName keysClass(CatalogSpec catalog, int n) {
    return ClassName.get(catalog.packageName(), Names.keysSimpleName(catalog.simpleName(), n));
  }

  /** Hashes written as eight hex digits each, a literal per 8,000 (a class-file constant holds 65,535 bytes). */
  private static CodeBlock hashChunks(KeyBuckets buckets) {
    int[] hashes = buckets.exactKeyHashes();
    CodeBlock.Builder chunks = CodeBlock.builder();
    int perChunk = 8_000;
    for (int from = 0; from < hashes.length || from == 0; from += perChunk) {
      StringBuilder hex = new StringBuilder();
      for (int i = from; i < Math.min(hashes.length, from + perChunk); i++) {
        hex.append(java.util.HexFormat.of().toHexDigits(hashes[i]));
      }
      chunks.add(from == 0 ? "$S" : ",\n$S", hex.toString());
    }
    return chunks.build();
  }
}
