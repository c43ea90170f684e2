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
 * The rows of a catalog: each model's id, owner, capability bits and context window in arrays, filled by one small
 * method per shard when the class is first used. Queries read them without building a definition; a lookup never
 * does, so a registry that only looks models up never loads this class.
 */
final class RowsWriter {

  private RowsWriter() {}

  static JavaFile write(CatalogSpec catalog) {
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.rowsSimpleName(catalog.simpleName()))
        .addModifiers(Modifier.FINAL);
    type.addField(table(ClassName.get(String.class), "IDS", catalog));
    type.addField(table(ClassName.get(String.class), "OWNERS", catalog));
    type.addField(table(TypeName.LONG, "CAPABILITY_BITS", catalog));
    type.addField(table(TypeName.INT, "CONTEXT_WINDOWS", catalog));
    CodeBlock.Builder fill = CodeBlock.builder();
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      fill.addStatement("rows$L()", shard);
    }
    type.addStaticBlock(fill.build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      List<ModelSpec> models = catalog.shard(shard);
      int first = shard * Names.SHARD_SIZE;
      MethodSpec.Builder rows = MethodSpec.methodBuilder("rows" + shard)
          .addJavadoc("Models $L to $L: id, owner, capability bits, context window.\n", first,
              first + models.size() - 1)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      for (int i = 0; i < models.size(); i++) {
        ModelSpec model = models.get(i);
        rows.addStatement("row($L, $L, $L, $L, $L)", first + i, StringLiterals.of(model.id()),
            StringLiterals.of(model.definition().ownedBy()), Literals.bits(model.definition().capabilities().bits()),
            Literals.grouped(model.definition().contextWindow()));
      }
      type.addMethod(rows.build());
    }
    type.addMethod(MethodSpec.methodBuilder("row")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(int.class, "index")
        .addParameter(String.class, "id")
        .addParameter(String.class, "owner")
        .addParameter(long.class, "capabilityBits")
        .addParameter(int.class, "contextWindow")
        .addStatement("IDS[index] = id")
        .addStatement("OWNERS[index] = owner")
        .addStatement("CAPABILITY_BITS[index] = capabilityBits")
        .addStatement("CONTEXT_WINDOWS[index] = contextWindow")
        .build());
    String javadoc = "Ids, owners, capability bits and context windows of the models of {@link "
        + catalog.simpleName() + "}.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(catalog.models()));
  }

  /** An array of a value per model; {@code $T}, so JavaPoet qualifies the type where the package hides it. */
  private static FieldSpec table(TypeName componentType, String name, CatalogSpec catalog) {
    return FieldSpec.builder(ArrayTypeName.of(componentType), name, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T[$L]", componentType, catalog.models().size()).build();
  }
}
