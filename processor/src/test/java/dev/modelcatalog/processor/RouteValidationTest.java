package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Routes and platforms: each message's code, and the file and line it is reported on. */
class RouteValidationTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  private static JavaFileObject stub(String simpleName, String... annotationLines) {
    return Compilations.stub("test.acme", simpleName, annotationLines);
  }

  /** A provider package with extra lines (platforms, metadata) before the package clause. */
  private static JavaFileObject providerWith(String... annotationLines) {
    String[] lines = new String[annotationLines.length + 3];
    lines[0] = "@Provider(id = \"acme\")";
    System.arraycopy(annotationLines, 0, lines, 1, annotationLines.length);
    lines[lines.length - 2] = "package test.acme;";
    lines[lines.length - 1] = "import dev.modelcatalog.annotations.*;";
    return source("test.acme.package-info", lines);
  }

  private static Compilation compile(JavaFileObject... files) {
    return Compilations.compile(List.of(files));
  }

  @Test
  void route_unknownPlatform_isErrorOnItsPlatform() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\")",
        "@Route(platform = \"nowhere\", priority = 2)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-unknown-platform] @Route platform: names 'nowhere'")
        .inFile(stub).onLineContaining("\"nowhere\"");
  }

  @Test
  void route_singleRoute_unknownPlatform_isErrorOnItsPlatform() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"nowhere\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-unknown-platform]").inFile(stub).onLineContaining("\"nowhere\"");
  }

  @Test
  void route_platformDeclaredByProvider_isKnown() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\", baseUrl = \"https://api.acme.example\")");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"acme-cloud\")");
    assertThat(compile(pkg, stub)).succeededWithoutWarnings();
  }

  /** A platform with a bad URL is an error on that URL, and routes to it are not called unknown as well. */
  @Test
  void platform_badDocsUrl_isTheOnlyError_evenWithRoutesToIt() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\",", "    docsUrl = \"docs.acme.example\")");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"acme-cloud\")");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[url-invalid] docsUrl is 'docs.acme.example'").inFile(pkg)
        .onLineContaining("docs.acme.example");
  }

  @Test
  void route_platformDeclaredByAnotherProvider_isUnknown() {
    JavaFileObject other = source("test.other.package-info",
        "@Provider(id = \"other\")",
        "@Platform(id = \"other-cloud\")",
        "package test.other;",
        "import dev.modelcatalog.annotations.*;");
    JavaFileObject otherStub = source("test.other.Theirs", "package test.other;",
        "import dev.modelcatalog.annotations.*;",
        "@Model(id = \"theirs\", contextWindow = 1)", "final class Theirs {}");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"other-cloud\")");
    Compilation c = compile(PROVIDER, other, otherStub, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-unknown-platform]").inFile(stub).onLineContaining("other-cloud");
  }

  @Test
  void route_duplicatePriority_isErrorOnTheSecondPriority() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\", priority = 1)",
        "@Route(platform = \"openrouter\", modelString = \"acme/routed\",",
        "    priority = 1)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-duplicate-priority] @Route priority: is 1, as is routes[0]")
        .inFile(stub).onLineContaining("    priority = 1)");
  }

  @Test
  void route_duplicatePriority_besideAWrittenRoutesContainer_isErrorOnTheContainedRoute() {
    // One @Route written directly and an explicit @Routes container: legal Java, unlike repeating @Route too.
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\", priority = 1)",
        "@Routes({@Route(platform = \"openrouter\",",
        "        priority = 1),",
        "    @Route(platform = \"groq\", priority = 3)})");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-duplicate-priority] @Route priority: is 1, as is routes[0]")
        .inFile(stub).onLineContaining("        priority = 1),");
  }

  @Test
  void route_defaultPriorityTwice_isErrorOnTheSecondRoute() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\")",
        "@Route(platform = \"groq\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-duplicate-priority]").inFile(stub).onLineContaining("\"groq\"");
  }

  @Test
  void route_negativePrice_isErrorOnThatPrice() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\",",
        "    outputPerMillion = -2.0)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-price-negative] @Route outputPerMillion:").inFile(stub)
        .onLineContaining("outputPerMillion = -2.0");
  }

  @Test
  void route_infinitePrice_isError() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\", inputPerMillion = 1.0 / 0.0)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[route-price-not-finite]").inFile(stub).onLineContaining("1.0 / 0.0");
  }

  @Test
  void route_contextAboveModels_isErrorOnItsContextWindow() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"direct\", contextWindow = 16384)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-context-exceeds-model]").inFile(stub)
        .onLineContaining("contextWindow = 16384");
  }

  @Test
  void route_invalidModelString_isErrorOnIt() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"openrouter\", modelString = \"has space\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[id-whitespace] @Route modelString:").inFile(stub)
        .onLineContaining("has space");
  }

  @Test
  void route_samePlatformAndModelStringTwice_isError() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"openrouter\", modelString = \"acme/routed\", priority = 1)",
        "@Route(platform = \"openrouter\", modelString = \"acme/routed\", priority = 2)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[route-duplicate]").inFile(stub).onLineContaining("priority = 2");
  }

  @Test
  void route_badEndpoint_isErrorOnIt() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"azure\", endpoint = \"ftp://azure.example\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[route-endpoint-invalid]").inFile(stub).onLineContaining("ftp://");
  }

  @Test
  void route_withoutModel_isError() {
    JavaFileObject stub = stub("Orphan", "@Route(platform = \"direct\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Route on Orphan").inFile(stub)
        .onLineContaining("@Route");
  }

  @Test
  void routeModelString_isAnotherModelsId_isError() {
    JavaFileObject owner = stub("Owner", "@Model(id = \"owner\", contextWindow = 8192)");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"azure\", modelString = \"owner\")");
    Compilation c = compile(PROVIDER, owner, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-model-string-clash] the route of routed through 'azure' names 'owner',"
        + " which is the id of test.acme.Owner").inFile(stub).onLineContaining("modelString = \"owner\"");
  }

  @Test
  void routeModelString_isAnotherModelsAlias_isError() {
    JavaFileObject owner = stub("Owner", "@Model(id = \"owner\", contextWindow = 8192, aliases = {\"owned\"})");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"azure\", modelString = \"owned\")");
    Compilation c = compile(PROVIDER, owner, stub);
    assertThat(c).hadErrorContaining("[route-model-string-clash]").inFile(stub).onLineContaining("\"owned\"");
  }

  @Test
  void routeModelString_isAnotherModelsFamilyId_isError() {
    JavaFileObject snapshot = stub("August",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192)",
        "@Route(platform = \"azure\", modelString = \"rocket\")");
    Compilation c = compile(PROVIDER, snapshot, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[route-model-string-clash] the route of routed through 'azure' names"
        + " 'rocket', which is the family id of test.acme.August").inFile(stub)
        .onLineContaining("modelString = \"rocket\"");
  }

  @Test
  void routeModelString_isOwnAlias_isAllowed() {
    JavaFileObject stub = stub("Routed",
        "@Model(id = \"routed\", contextWindow = 8192, aliases = {\"routed-v1\"})",
        "@Route(platform = \"azure\", modelString = \"routed-v1\")");
    assertThat(compile(PROVIDER, stub)).succeededWithoutWarnings();
  }

  @Test
  void twoModels_sameModelStringOnOnePlatform_isErrorOnBoth() {
    JavaFileObject a = stub("A",
        "@Model(id = \"a\", contextWindow = 8192)",
        "@Route(platform = \"openrouter\", modelString = \"acme/shared\")");
    JavaFileObject b = stub("B",
        "@Model(id = \"b\", contextWindow = 8192)",
        "@Route(platform = \"openrouter\", modelString = \"acme/shared\")");
    Compilation c = compile(PROVIDER, a, b);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-route-target] platform 'openrouter' serves 'acme/shared' for"
        + " test.acme.A and for test.acme.B").inFile(a).onLineContaining("acme/shared");
    assertThat(c).hadErrorContaining("[duplicate-route-target]").inFile(b).onLineContaining("acme/shared");
  }

  @Test
  void platform_invalidId_isErrorOnId() {
    JavaFileObject pkg = providerWith("@Platform(id = \"Acme Cloud\")");
    JavaFileObject stub = stub("Plain", "@Model(id = \"plain\", contextWindow = 1)");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[platform-id-invalid]").inFile(pkg).onLineContaining("Acme Cloud");
  }

  @Test
  void platform_builtInId_isError() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\")", "@Platform(id = \"openrouter\")");
    JavaFileObject stub = stub("Plain", "@Model(id = \"plain\", contextWindow = 1)");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[platform-built-in] platform 'openrouter'").inFile(pkg)
        .onLineContaining("openrouter");
  }

  @Test
  void platform_declaredTwice_isErrorOnTheSecond() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\", name = \"first\")",
        "@Platform(id = \"acme-cloud\", name = \"second\")");
    JavaFileObject stub = stub("Plain", "@Model(id = \"plain\", contextWindow = 1)");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[duplicate-platform]").inFile(pkg).onLineContaining("second");
  }

  @Test
  void platform_badBaseUrl_isErrorOnIt() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\", baseUrl = \"api.acme.example\")");
    JavaFileObject stub = stub("Plain", "@Model(id = \"plain\", contextWindow = 1)");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[url-invalid] baseUrl is 'api.acme.example'").inFile(pkg)
        .onLineContaining("api.acme.example");
  }

  @Test
  void providerPackage_withoutModels_isStillChecked() {
    JavaFileObject pkg = source("test.empty.package-info",
        "@Provider(id = \"Bad Id!\",",
        "    docsUrl = \"ftp://nope\")",
        "@Platform(id = \"NOT VALID\",",
        "    baseUrl = \"gopher://x\")",
        "package test.empty;",
        "import dev.modelcatalog.annotations.*;");
    Compilation c = compile(pkg);
    assertThat(c).hadErrorCount(4);
    assertThat(c).hadErrorContaining("[provider-id-invalid] provider id 'Bad Id!'").inFile(pkg)
        .onLineContaining("Bad Id!");
    assertThat(c).hadErrorContaining("[url-invalid] docsUrl is 'ftp://nope'").inFile(pkg)
        .onLineContaining("ftp://nope");
    assertThat(c).hadErrorContaining("[platform-id-invalid] platform id 'NOT VALID'").inFile(pkg)
        .onLineContaining("NOT VALID");
    assertThat(c).hadErrorContaining("[url-invalid] baseUrl is 'gopher://x'").inFile(pkg)
        .onLineContaining("gopher://x");
  }

  @Test
  void providerPackage_whoseModelsAllFail_hasItsPlatformsChecked() {
    JavaFileObject pkg = providerWith("@Platform(id = \"acme-cloud\", baseUrl = \"api.acme.example\")");
    JavaFileObject broken = stub("Broken", "@Model(id = \"broken\",", "    contextWindow = 0)");
    Compilation c = compile(pkg, broken);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[url-invalid] baseUrl is 'api.acme.example'").inFile(pkg)
        .onLineContaining("api.acme.example");
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(broken)
        .onLineContaining("contextWindow = 0");
  }

  @Test
  void platform_withoutProvider_isError() {
    JavaFileObject pkg = source("test.plat.package-info",
        "@Platform(id = \"orphan-platform\")",
        "package test.plat;",
        "import dev.modelcatalog.annotations.*;");
    Compilation c = compile(pkg);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Platform on package test.plat has no effect"
        + " without @Provider; add @Provider(id = \"...\") to its package-info.java or remove it").inFile(pkg)
        .onLineContaining("orphan-platform");
  }

  @Test
  void provider_badDocsUrl_isErrorOnIt() {
    JavaFileObject pkg = source("test.acme.package-info",
        "@Provider(id = \"acme\",",
        "    docsUrl = \"docs.acme.example\")",
        "package test.acme;",
        "import dev.modelcatalog.annotations.*;");
    JavaFileObject stub = stub("Plain", "@Model(id = \"plain\", contextWindow = 1)");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[url-invalid] docsUrl").inFile(pkg).onLineContaining("docs.acme.example");
  }
}
