package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.ProviderInfo;
import dev.modelcatalog.runtime.Snapshot;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The catalog methods beyond the models: {@code providerInfo()} always (it states what {@code @Provider} says),
 * and, only when the catalog has any, {@code platforms()}, {@code routes(int)} and {@code snapshots()}; a
 * catalog without them keeps the interface's defaults, which return nothing.
 */
final class CatalogMetadataWriter {

  private CatalogMetadataWriter() {}

  static void addTo(TypeSpec.Builder type, CatalogSpec catalog) {
    addProviderInfo(type, catalog.providerInfo());
    if (!catalog.platforms().isEmpty()) {
      addPlatforms(type, catalog.platforms());
    }
    if (catalog.hasRoutes()) {
      addRoutes(type, catalog);
    }
    if (!catalog.snapshots().isEmpty()) {
      addSnapshots(type, catalog);
    }
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static void addProviderInfo(TypeSpec.Builder type, ProviderInfo info) {
    type.addMethod(override("providerInfo", RuntimeTypes.PROVIDER_INFO)
        .addStatement("return new $T($L, $L, $L, $T.$N)", RuntimeTypes.PROVIDER_INFO, StringLiterals.of(info.id()),
            StringLiterals.of(info.name()), StringLiterals.of(info.docsUrl()), RuntimeTypes.AUTH_TYPE,
            info.authType().name())
        .build());
  }

  /** The declared platforms, sorted by id. */
  private static void addPlatforms(TypeSpec.Builder type, List<Platform> platforms) {
    CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(\n", RuntimeTypes.LIST).indent().indent();
    for (int i = 0; i < platforms.size(); i++) {
      Platform p = platforms.get(i);
      list.add("new $T($L, $L, $L, $L, $T.$N, $T.$N)$L\n", RuntimeTypes.PLATFORM, StringLiterals.of(p.id()),
          StringLiterals.of(p.name()), StringLiterals.of(p.baseUrl()), StringLiterals.of(p.docsUrl()),
          RuntimeTypes.AUTH_TYPE, p.authType().name(), RuntimeTypes.ROUTE_STATUS, p.status().name(),
          i + 1 < platforms.size() ? "," : ");");
    }
    type.addMethod(override("platforms", ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.PLATFORM))
        .addCode(list.unindent().unindent().build())
        .build());
  }

  /** Delegates to the routes class of the index's shard; shards without routes answer none. */
  private static void addRoutes(TypeSpec.Builder type, CatalogSpec catalog) {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.checkIndex(index, SIZE)", RuntimeTypes.OBJECTS)
        .beginControlFlow("switch (index >>> $L)", Names.SHARD_BITS);
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      if (catalog.hasRoutes(shard)) {
        body.add("case $L:\n", shard).indent()
            .addStatement("return $T.routes(index)",
                ClassName.get(catalog.packageName(), Names.routesSimpleName(catalog.simpleName(), shard)))
            .unindent();
      }
    }
    body.add("default:\n").indent().addStatement("return $T.of()", RuntimeTypes.LIST).unindent()
        .endControlFlow();
    type.addMethod(override("routes", RoutesWriter.ROUTE_LIST).addParameter(int.class, "index")
        .addCode(body.build()).build());
  }

  /** The dated snapshots, sorted by family then date. */
  private static void addSnapshots(TypeSpec.Builder type, CatalogSpec catalog) {
    List<Snapshot> snapshots = catalog.snapshots();
    CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(\n", RuntimeTypes.LIST).indent().indent();
    for (int i = 0; i < snapshots.size(); i++) {
      Snapshot s = snapshots.get(i);
      list.add("new $T($L, $N.$N, $T.of($L, $L, $L))$L\n", RuntimeTypes.SNAPSHOT, StringLiterals.of(s.family()),
          CatalogWriter.idsClass(catalog).simpleName(), catalog.constantOf(s.id()), RuntimeTypes.LOCAL_DATE,
          s.date().getYear(), s.date().getMonthValue(),
          s.date().getDayOfMonth(), i + 1 < snapshots.size() ? "," : ");");
    }
    type.addMethod(override("snapshots", ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.SNAPSHOT))
        .addCode(list.unindent().unindent().build())
        .build());
  }
}
