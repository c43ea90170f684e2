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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A provider's catalog class: the {@code ModelCatalog} that {@code ServiceLoader} finds. It holds the id
 * constants and, for lookups that must not build definitions, the ids, owners and capability bits in arrays
 * filled by one small method per shard; definitions and keys come from the shard classes beside it.
 */
final class CatalogWriter {

  private CatalogWriter() {}

  static JavaFile write(CatalogSpec catalog) {
    TypeSpec.Builder type = TypeSpec.classBuilder(catalog.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.MODEL_CATALOG);
    addIdConstants(type, catalog);
    addTables(type, catalog);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the catalog; {@link java.util.ServiceLoader} calls this.\n").build());
    addAccessors(type, catalog);
    addModel(type, catalog);
    addKeys(type, catalog);
    addRows(type, catalog);
    CatalogMetadataWriter.addTo(type, catalog);
    String javadoc = "The {@code " + catalog.providerId() + "} catalog: the models declared in package {@code "
        + catalog.packageName() + "}.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(catalog.models()));
  }

  private static void addIdConstants(TypeSpec.Builder type, CatalogSpec catalog) {
    for (ModelSpec model : catalog.models()) {
      type.addField(FieldSpec.builder(String.class, model.constantName(), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("The id of {@code $L}: {@value}.\n", model.stub().getSimpleName())
          .initializer("$S", model.id())
          .build());
    }
  }

  private static void addTables(TypeSpec.Builder type, CatalogSpec catalog) {
    type.addField(FieldSpec.builder(int.class, "SIZE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", catalog.models().size()).build());
    type.addField(table(ArrayTypeName.of(String.class), "IDS", "String"));
    type.addField(table(ArrayTypeName.of(String.class), "OWNERS", "String"));
    type.addField(table(ArrayTypeName.of(long.class), "CAPABILITY_BITS", "long"));
    CodeBlock.Builder fill = CodeBlock.builder();
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      fill.addStatement("rows$L()", shard);
    }
    type.addStaticBlock(fill.build());
  }

  private static FieldSpec table(TypeName arrayType, String name, String componentType) {
    return FieldSpec.builder(arrayType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $L[SIZE]", componentType).build();
  }

  private static void addAccessors(TypeSpec.Builder type, CatalogSpec catalog) {
    type.addMethod(accessor("providerId", ClassName.get(String.class)).addStatement("return $S",
        catalog.providerId()).build());
    type.addMethod(accessor("providerName", ClassName.get(String.class)).addStatement("return $L",
        StringLiterals.of(catalog.providerName())).build());
    type.addMethod(accessor("size", TypeName.INT).addStatement("return SIZE").build());
    type.addMethod(accessor("id", ClassName.get(String.class)).addParameter(int.class, "index")
        .addStatement("return IDS[index]").build());
    type.addMethod(accessor("ownedBy", ClassName.get(String.class)).addParameter(int.class, "index")
        .addStatement("return OWNERS[index]").build());
    type.addMethod(accessor("capabilityBits", TypeName.LONG).addParameter(int.class, "index")
        .addStatement("return CAPABILITY_BITS[index]").build());
  }

  private static MethodSpec.Builder accessor(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static void addModel(TypeSpec.Builder type, CatalogSpec catalog) {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.checkIndex(index, SIZE)", RuntimeTypes.OBJECTS)
        .beginControlFlow("switch (index >>> $L)", Names.SHARD_BITS);
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      body.add("case $L:\n", shard).indent()
          .addStatement("return $T.MODELS[index & $L]",
              ClassName.get(catalog.packageName(), Names.shardSimpleName(catalog.simpleName(), shard)),
              Names.SHARD_SIZE - 1)
          .unindent();
    }
    body.add("default:\n").indent().addStatement("throw new $T(index)", AssertionError.class).unindent()
        .endControlFlow();
    type.addMethod(accessor("model", RuntimeTypes.MODEL_DEFINITION).addParameter(int.class, "index")
        .addCode(body.build()).build());
  }

  private static void addKeys(TypeSpec.Builder type, CatalogSpec catalog) {
    MethodSpec.Builder keys = accessor("keys", TypeName.VOID).addParameter(RuntimeTypes.KEY_SINK, "sink");
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      keys.addStatement("$T.keys(sink)",
          ClassName.get(catalog.packageName(), Names.keysSimpleName(catalog.simpleName(), shard)));
    }
    type.addMethod(keys.build());
  }

  private static void addRows(TypeSpec.Builder type, CatalogSpec catalog) {
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      List<ModelSpec> models = catalog.shard(shard);
      int first = shard * Names.SHARD_SIZE;
      MethodSpec.Builder rows = MethodSpec.methodBuilder("rows" + shard)
          .addJavadoc("Models $L to $L: id, owner, capability bits.\n", first, first + models.size() - 1)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      for (int i = 0; i < models.size(); i++) {
        ModelSpec model = models.get(i);
        rows.addStatement("row($L, $N, $L, $L)", first + i, model.constantName(),
            StringLiterals.of(model.definition().ownedBy()),
            Literals.bits(model.definition().capabilities().bits()));
      }
      type.addMethod(rows.build());
    }
    type.addMethod(MethodSpec.methodBuilder("row")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(int.class, "index")
        .addParameter(String.class, "id")
        .addParameter(String.class, "owner")
        .addParameter(long.class, "capabilityBits")
        .addStatement("IDS[index] = id")
        .addStatement("OWNERS[index] = owner")
        .addStatement("CAPABILITY_BITS[index] = capabilityBits")
        .build());
  }
}
