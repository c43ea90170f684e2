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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One shard of a catalog: the definitions of at most {@value Names#SHARD_SIZE} models, each built by its own small
 * method the first time {@code model(index)} asks for it. A first lookup builds the one definition it finds, not
 * its whole shard (in the interpreter, at start-up, a definition costs some 0.1 ms); and no method comes near the
 * 64 KB limit.
 */
final class ShardWriter {

  private ShardWriter() {}

  static JavaFile write(CatalogSpec catalog, int shard) {
    ClassName catalogName = CatalogWriter.idsClass(catalog);
    List<ModelSpec> models = catalog.shard(shard);
    int first = shard * Names.SHARD_SIZE;
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.shardSimpleName(catalog.simpleName(), shard))
        .addModifiers(Modifier.FINAL);
    type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.MODEL_DEFINITION), "MODELS", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The definitions built so far, by index in the shard.")
        .initializer("new $T[$L]", RuntimeTypes.MODEL_DEFINITION, models.size()).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("model").addModifiers(Modifier.STATIC)
        .returns(RuntimeTypes.MODEL_DEFINITION).addParameter(int.class, "index")
        .addStatement("$T model = MODELS[index]", RuntimeTypes.MODEL_DEFINITION)
        .addStatement("return model != null ? model : first(index)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("first")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.SYNCHRONIZED)
        .returns(RuntimeTypes.MODEL_DEFINITION).addParameter(int.class, "index")
        .addComment("Built once, under the lock. A definition's fields are final, so the unlocked read in model()")
        .addComment("sees a published one whole.")
        .beginControlFlow("if (MODELS[index] == null)")
        .addStatement("MODELS[index] = build(index)")
        .endControlFlow()
        .addStatement("return MODELS[index]")
        .build());
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (index)");
    Set<String> used = new HashSet<>();
    List<MethodSpec> builders = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      ModelSpec model = models.get(i);
      String method = used.add(model.methodName()) ? model.methodName() : model.methodName() + "_" + (first + i);
      used.add(method);
      cases.add(CatalogWriter.caseLabel(i, models.size())).indent().addStatement("return $N()", method).unindent();
      builders.add(DefinitionWriter.method(model, method, catalogName));
    }
    cases.endControlFlow();
    type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RuntimeTypes.MODEL_DEFINITION).addParameter(int.class, "index").addCode(cases.build()).build());
    type.addMethods(builders);
    String javadoc = "Definitions of models " + first + " to " + (first + models.size() - 1) + " of {@link "
        + catalog.simpleName() + "}, each built on first use.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(models));
  }
}
