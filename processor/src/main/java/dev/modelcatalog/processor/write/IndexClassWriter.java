package dev.modelcatalog.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The class-path index entry of a catalog: a class in {@value Names#INDEX_PACKAGE} whose only member names the
 * catalog. A later compilation lists that package (javac can list a package's classes across the class path, not
 * resources) and so finds each catalog's {@code .ids} resource.
 */
final class IndexClassWriter {

  private IndexClassWriter() {}

  static JavaFile write(String catalogQualifiedName, List<? extends Element> origins) {
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.indexSimpleName(catalogQualifiedName))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(FieldSpec.builder(String.class, Names.INDEX_CONSTANT, Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The catalog; its lookup keys are in {@code $L}.\n", Names.idsResource(catalogQualifiedName))
            .initializer("$L", StringLiterals.of(catalogQualifiedName))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return SourceFiles.file(Names.INDEX_PACKAGE, type,
        "Class-path index entry of {@code " + catalogQualifiedName + "}.", origins);
  }
}
