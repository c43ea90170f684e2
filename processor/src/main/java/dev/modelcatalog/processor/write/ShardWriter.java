package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.ModelSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One shard of a catalog: the definitions of at most {@value Names#SHARD_SIZE} models in a {@code MODELS} array,
 * each built by its own small method. The JVM initialises the class when the catalog first reads
 * {@code MODELS}, so a lookup builds only the shard it touches; and no method comes near the 64 KB limit.
 */
final class ShardWriter {

  private ShardWriter() {}

  static JavaFile write(CatalogSpec catalog, int shard) {
    ClassName catalogName = CatalogWriter.idsClass(catalog);
    List<ModelSpec> models = catalog.shard(shard);
    int first = shard * Names.SHARD_SIZE;
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.shardSimpleName(catalog.simpleName(), shard))
        .addModifiers(Modifier.FINAL);
    CodeBlock.Builder array = CodeBlock.builder().add("{\n").indent();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < models.size(); i++) {
      ModelSpec model = models.get(i);
      String method = used.add(model.methodName()) ? model.methodName() : model.methodName() + "_" + (first + i);
      used.add(method);
      array.add("$N()$L\n", method, i + 1 < models.size() ? "," : "");
      type.addMethod(DefinitionWriter.method(model, method, catalogName));
    }
    array.unindent().add("}");
    type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.MODEL_DEFINITION), "MODELS", Modifier.STATIC,
        Modifier.FINAL).initializer(array.build()).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    String javadoc = "Definitions of models " + first + " to " + (first + models.size() - 1) + " of {@link "
        + catalog.simpleName() + "}, built when the shard is first touched.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(models));
  }
}
