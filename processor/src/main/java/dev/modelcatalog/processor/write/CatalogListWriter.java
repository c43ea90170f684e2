package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.model.CatalogSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The class that {@code -Amodelcatalog.catalogList} names: every catalog the service file lists, by name, so that a
 * server can build its registry without {@code ServiceLoader}'s scan of the class path and without keeping a list
 * of its catalogs by hand. It lists what the service file lists, earlier builds' catalogs still compiled included.
 */
final class CatalogListWriter {

  private CatalogListWriter() {}

  static JavaFile write(String qualifiedName, Set<String> catalogNames, List<CatalogSpec> origins) {
    ClassName name = ClassName.bestGuess(qualifiedName);
    CodeBlock.Builder instances = CodeBlock.builder();
    for (String catalog : catalogNames) {
      instances.add(instances.isEmpty() ? "" : ",$W").add("new $T()", ClassName.bestGuess(catalog));
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(name.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("all")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(RuntimeTypes.MODEL_CATALOG))
            .addJavadoc("A new instance of each catalog, in the order of the service file.\n")
            .addStatement("return new $T[] {$L}", RuntimeTypes.MODEL_CATALOG, instances.build())
            .build());
    List<Element> elements = new ArrayList<>();
    origins.forEach(catalog -> elements.addAll(catalog.originatingElements(List.of())));
    String javadoc = "The catalogs of this build by name, those its {@code ServiceLoader} file lists, for a registry"
        + " that\nshould not scan the class path: {@code ModelRegistry.of(" + name.simpleName() + ".all())}.";
    return SourceFiles.file(name.packageName(), type, javadoc, elements);
  }
}
