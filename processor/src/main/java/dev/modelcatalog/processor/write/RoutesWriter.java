package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.runtime.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The routes of one shard's models, as literal {@code Route.builder(...)...build()} calls, one small method per
 * model with routes. They live in a class of their own, beside the shard, so that the registry can read every
 * route without building a single definition, and a catalog without routes gets no such class.
 */
final class RoutesWriter {

  private RoutesWriter() {}

  static final TypeName ROUTE_LIST = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.ROUTE);

  static JavaFile write(CatalogSpec catalog, int shard) {
    ClassName catalogName = CatalogWriter.idsClass(catalog);
    List<ModelSpec> models = catalog.shard(shard);
    int first = shard * Names.SHARD_SIZE;
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.routesSimpleName(catalog.simpleName(), shard))
        .addModifiers(Modifier.FINAL);
    List<String> indexes = new ArrayList<>();
    CodeBlock.Builder lists = CodeBlock.builder();
    List<MethodSpec> methods = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<ModelSpec> routed = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      ModelSpec model = models.get(i);
      if (model.routes().isEmpty()) {
        continue;
      }
      String method = used.add(model.methodName()) ? model.methodName() : model.methodName() + "_" + (first + i);
      used.add(method);
      indexes.add(Integer.toString(first + i));
      lists.add(routed.isEmpty() ? "$N()" : ", $N()", method);
      routed.add(model);
      methods.add(method(model, method, catalogName));
    }
    type.addField(FieldSpec.builder(int[].class, "MODELS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The catalog indexes of the models with routes, ascending.\n")
        .initializer("{$L}", String.join(", ", indexes)).build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, ROUTE_LIST), "ROUTES",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Their routes, in the same order.\n")
        .initializer("$T.of($L)", RuntimeTypes.LIST, lists.build()).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("routes")
        .addJavadoc("The routes of the model at this catalog index; none when it has none.\n")
        .addModifiers(Modifier.STATIC)
        .returns(ROUTE_LIST)
        .addParameter(int.class, "index")
        .addStatement("int at = $T.binarySearch(MODELS, index)", RuntimeTypes.ARRAYS)
        .addStatement("return at < 0 ? $T.of() : ROUTES.get(at)", RuntimeTypes.LIST)
        .build());
    methods.forEach(type::addMethod);
    String javadoc = "Routes of models " + first + " to " + (first + models.size() - 1) + " of {@link "
        + catalog.simpleName() + "}, built when routes are first asked for.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(routed));
  }

  private static MethodSpec method(ModelSpec model, String name, ClassName catalog) {
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.of(\n", RuntimeTypes.LIST).indent().indent();
    List<Route> routes = model.routes();
    for (int i = 0; i < routes.size(); i++) {
      code.add("$L$L\n", route(routes.get(i), model, catalog), i + 1 < routes.size() ? "," : ");");
    }
    code.unindent().unindent();
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ROUTE_LIST)
        .addCode(code.build())
        .build();
  }

  /**
   * {@code Route.builder(platform).model(ID)}, then, on a line of its own, only what differs from the builder's
   * defaults.
   */
  private static CodeBlock route(Route route, ModelSpec model, ClassName catalog) {
    CodeBlock.Builder extras = CodeBlock.builder();
    if (!route.modelString().equals(model.id())) {
      extras.add(".modelString($L)", StringLiterals.of(route.modelString()));
    }
    if (route.priority() != 1) {
      extras.add(".priority($L)", route.priority());
    }
    if (route.status() != RouteStatus.ACTIVE) {
      extras.add(".status($T.$N)", RuntimeTypes.ROUTE_STATUS, route.status().name());
    }
    route.inputPerMillion().ifPresent(v -> extras.add(".inputPerMillion($L)", Literals.decimal(v)));
    route.outputPerMillion().ifPresent(v -> extras.add(".outputPerMillion($L)", Literals.decimal(v)));
    route.contextWindow().ifPresent(v -> extras.add(".contextWindow($L)", Literals.grouped(v)));
    route.maxOutputTokens().ifPresent(v -> extras.add(".maxOutputTokens($L)", Literals.grouped(v)));
    route.endpoint().ifPresent(v -> extras.add(".endpoint($L)", StringLiterals.of(v)));
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder($L).model($T.$N)", RuntimeTypes.ROUTE,
        StringLiterals.of(route.platform()), catalog, model.constantName());
    if (!extras.isEmpty()) {
      code.add("\n").indent().indent().add(extras.build()).unindent().unindent();
    }
    return code.add(".build()").build();
  }
}
