package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor's own rules: those on what the annotations say (not only the values), and those that need the
 * whole compilation. Each finding is pinned to its file and line; cross-model findings appear on both sides.
 */
class CompilationRulesTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  private static Compilation compile(JavaFileObject... files) {
    return Compilations.compile(List.of(files));
  }

  // ----------------------------------------------------------------------------------------- annotations

  @Test
  void moeFlagFalse_withMoeConfig_isError() {
    JavaFileObject dense = stub("test.acme", "Dense",
        "@Model(id = \"dense\", contextWindow = 1)",
        "@MoE(totalParams = 10, activeParams = 2, numExperts = 8, expertsPerToken = 2)",
        "@Capabilities(",
        "    moe = false)");
    Compilation c = compile(PROVIDER, dense);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[moe-flag-contradicts-config] moe = false contradicts the @MoE configuration"
        + " of Dense").inFile(dense).onLineContaining("moe = false");
  }

  // ---------------------------------------------------------------------------------------------- lineage

  @Test
  void unknownReference_isErrorWithSuggestionFromTheRuntimeMatcher() {
    JavaFileObject base = stub("test.acme", "Base", "@Model(id = \"gpt-4o\", contextWindow = 1)");
    JavaFileObject tuned = stub("test.acme", "Tuned",
        "@Model(id = \"tuned\", contextWindow = 1,",
        "    baseModel = \"gpt-4p\")");
    Compilation c = compile(PROVIDER, base, tuned);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[unknown-reference] baseModel 'gpt-4p' names no model in this compilation or"
        + " in the catalogs on the class path; did you mean 'gpt-4o'?").inFile(tuned)
        .onLineContaining("baseModel = \"gpt-4p\"");
  }

  @Test
  void unknownReference_withThreeLookAlikes_listsThemAll() {
    JavaFileObject a = stub("test.acme", "A", "@Model(id = \"gpt-4a\", contextWindow = 1)");
    JavaFileObject b = stub("test.acme", "B", "@Model(id = \"gpt-4b\", contextWindow = 1)");
    JavaFileObject c3 = stub("test.acme", "C", "@Model(id = \"gpt-4c\", contextWindow = 1)");
    JavaFileObject tuned = stub("test.acme", "Tuned",
        "@Model(id = \"tuned\", contextWindow = 1,",
        "    baseModel = \"gpt-4d\")");
    Compilation c = compile(PROVIDER, a, b, c3, tuned);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[unknown-reference] baseModel 'gpt-4d' names no model in this compilation or"
        + " in the catalogs on the class path; did you mean 'gpt-4a', 'gpt-4b' or 'gpt-4c'?").inFile(tuned)
        .onLineContaining("baseModel = \"gpt-4d\"");
  }

  @Test
  void unknownReference_withoutLookAlike_hasNoSuggestion() {
    JavaFileObject old = stub("test.acme", "Old",
        "@Model(id = \"old\", contextWindow = 1, deprecated = true,",
        "    replacement = \"zz9\")");
    Compilation c = compile(PROVIDER, old);
    assertThat(c).hadErrorContaining("[unknown-reference] replacement 'zz9' names no model in this compilation or"
        + " in the catalogs on the class path; name the id").inFile(old).onLineContaining("replacement = \"zz9\"");
  }

  @Test
  void reference_byAlias_orToAnInvalidModel_isNoUnknownReference() {
    JavaFileObject base = stub("test.acme", "Base", "@Model(id = \"base\", contextWindow = 1, aliases = {\"b1\"})");
    JavaFileObject broken = stub("test.acme", "Broken", "@Model(id = \"broken\",", "    contextWindow = 0)");
    JavaFileObject child = stub("test.acme", "Child",
        "@Model(id = \"child\", contextWindow = 1, parent = \"b1\", root = \"broken\")");
    Compilation c = compile(PROVIDER, base, broken, child);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(broken)
        .onLineContaining("contextWindow = 0");
  }

  @Test
  void reference_toAFamilyId_isKnown() {
    JavaFileObject snapshot = stub("test.acme", "August",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 1)",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    JavaFileObject tuned = stub("test.acme", "Tuned",
        "@Model(id = \"tuned\", contextWindow = 1, baseModel = \"rocket\")");
    assertThat(compile(PROVIDER, snapshot, tuned)).succeededWithoutWarnings();
  }

  @Test
  void reference_toTheFamilyOfAnInvalidSnapshot_isNoUnknownReference() {
    JavaFileObject broken = stub("test.acme", "Broken",
        "@Model(id = \"rocket-2024-08-06\",", "    contextWindow = 0)",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    JavaFileObject tuned = stub("test.acme", "Tuned",
        "@Model(id = \"tuned\", contextWindow = 1, baseModel = \"rocket\")");
    Compilation c = compile(PROVIDER, broken, tuned);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(broken)
        .onLineContaining("contextWindow = 0");
  }

  @Test
  void replacementCycle_throughAFamilyId_isReported() {
    JavaFileObject snapshot = stub("test.acme", "August",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 1, deprecated = true,",
        "    replacement = \"old\")",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    JavaFileObject old = stub("test.acme", "Old", "@Model(id = \"old\", contextWindow = 1, deprecated = true,",
        "    replacement = \"rocket\")");
    Compilation c = compile(PROVIDER, snapshot, old);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[replacement-cycle] replacement 'rocket' closes the cycle old ->"
        + " rocket-2024-08-06 -> old").inFile(old).onLineContaining("replacement = \"rocket\"");
    assertThat(c).hadErrorContaining("[replacement-cycle]").inFile(snapshot).onLineContaining("replacement = \"old\"");
  }

  @Test
  void lineageCycle_isReportedOnEveryModelOfTheCycle() {
    JavaFileObject a = stub("test.acme", "A", "@Model(id = \"a\", contextWindow = 1,", "    parent = \"b\")");
    JavaFileObject b = stub("test.acme", "B", "@Model(id = \"b\", contextWindow = 1,", "    baseModel = \"c\")");
    JavaFileObject cc = stub("test.acme", "C", "@Model(id = \"c\", contextWindow = 1,", "    root = \"a\")");
    Compilation c = compile(PROVIDER, a, b, cc);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[lineage-cycle] parent 'b' closes the lineage cycle a -> b -> c -> a")
        .inFile(a).onLineContaining("parent = \"b\"");
    assertThat(c).hadErrorContaining("[lineage-cycle] baseModel 'c' closes the lineage cycle b -> c -> a -> b")
        .inFile(b).onLineContaining("baseModel = \"c\"");
    assertThat(c).hadErrorContaining("[lineage-cycle] root 'a' closes the lineage cycle c -> a -> b -> c")
        .inFile(cc).onLineContaining("root = \"a\"");
  }

  @Test
  void replacementCycle_isReportedOnBothModels() {
    JavaFileObject a = stub("test.acme", "A", "@Model(id = \"a\", contextWindow = 1,", "    replacement = \"b\")");
    JavaFileObject b = stub("test.acme", "B", "@Model(id = \"b\", contextWindow = 1,", "    replacement = \"a\")");
    Compilation c = compile(PROVIDER, a, b);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[replacement-cycle] replacement 'b' closes the cycle a -> b -> a")
        .inFile(a).onLineContaining("replacement = \"b\"");
    assertThat(c).hadErrorContaining("[replacement-cycle] replacement 'a' closes the cycle b -> a -> b")
        .inFile(b).onLineContaining("replacement = \"a\"");
  }

  // ------------------------------------------------------------------------------------------------- keys

  @Test
  void aliasNormalizingLikeAnotherModelsId_isErrorOnBoth() {
    JavaFileObject owner = stub("test.acme", "Owner", "@Model(id = \"gpt-4o\", contextWindow = 1)");
    JavaFileObject other = stub("test.acme", "Other",
        "@Model(id = \"other\", contextWindow = 1,", "    aliases = {\"GPT_4o\"})");
    Compilation c = compile(PROVIDER, owner, other);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[normalized-key-collision] an alias 'GPT_4o' normalizes to 'gpt-4o', as does"
        + " the id 'gpt-4o' of test.acme.Owner").inFile(other).onLineContaining("aliases = {\"GPT_4o\"}");
    assertThat(c).hadErrorContaining("[normalized-key-collision] the id 'gpt-4o' normalizes to 'gpt-4o', as does"
        + " an alias 'GPT_4o' of test.acme.Other").inFile(owner).onLineContaining("id = \"gpt-4o\"");
  }

  @Test
  void sameCompactKey_isWarningOnBoth_andSuppressible() {
    JavaFileObject dashed = stub("test.acme", "Dashed", "@Model(id = \"gpt-4o\", contextWindow = 1)");
    JavaFileObject joined = stub("test.acme", "Joined", "@Model(id = \"gpt4o\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, dashed, joined);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(2);
    assertThat(c).hadWarningContaining("[compact-key-collision] the id 'gpt4o' has the compact key 'gpt4o', as does"
        + " the id 'gpt-4o' of test.acme.Dashed").inFile(joined).onLineContaining("id = \"gpt4o\"");
    assertThat(c).hadWarningContaining("[compact-key-collision]").inFile(dashed).onLineContaining("id = \"gpt-4o\"");

    JavaFileObject quiet = stub("test.acme", "Dashed", "@SuppressWarnings(\"compact-key-collision\")",
        "@Model(id = \"gpt-4o\", contextWindow = 1)");
    JavaFileObject quietToo = stub("test.acme", "Joined", "@SuppressWarnings(\"compact-key-collision\")",
        "@Model(id = \"gpt4o\", contextWindow = 1)");
    assertThat(compile(PROVIDER, quiet, quietToo)).succeededWithoutWarnings();
  }

  // ------------------------------------------------------------------------------------------- providers

  @Test
  void sameProviderId_inTwoPackages_isErrorOnBoth() {
    JavaFileObject first = provider("test.one", "acme");
    JavaFileObject second = provider("test.two", "acme");
    Compilation c = compile(first, second,
        stub("test.one", "M1", "@Model(id = \"m1\", contextWindow = 1)"),
        stub("test.two", "M2", "@Model(id = \"m2\", contextWindow = 1)"));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-provider-id] provider id 'acme' is also declared by package"
        + " test.two").inFile(first).onLineContaining("id = \"acme\"");
    assertThat(c).hadErrorContaining("[duplicate-provider-id] provider id 'acme' is also declared by package"
        + " test.one").inFile(second).onLineContaining("id = \"acme\"");
  }

  @Test
  void sameProviderId_inAPackageWithoutStubs_isErrorOnBoth() {
    JavaFileObject first = provider("test.one", "acme");
    JavaFileObject second = provider("test.two", "acme");
    Compilation c = compile(first, second, stub("test.one", "M1", "@Model(id = \"m1\", contextWindow = 1)"));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-provider-id] provider id 'acme' is also declared by package"
        + " test.two").inFile(first).onLineContaining("id = \"acme\"");
    assertThat(c).hadErrorContaining("[duplicate-provider-id] provider id 'acme' is also declared by package"
        + " test.one").inFile(second).onLineContaining("id = \"acme\"");
  }

  @Test
  void handWrittenClass_withTheCatalogsName_isClearError() {
    JavaFileObject stub = stub("test.acme", "Model1", "@Model(id = \"m1\", contextWindow = 1)");
    JavaFileObject clash = source("test.acme.AcmeCatalog", "package test.acme;", "final class AcmeCatalog {}");
    Compilation c = compile(PROVIDER, stub, clash);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[generated-name-taken] the processor generates the class test.acme.AcmeCatalog"
        + " for provider 'acme', but test.acme.AcmeCatalog is already declared in this compilation")
        .inFile(PROVIDER).onLineContaining("id = \"acme\"");
  }

  @Test
  void handWrittenClass_withAShardsName_isClearError() {
    JavaFileObject stub = stub("test.acme", "Model1", "@Model(id = \"m1\", contextWindow = 1)");
    JavaFileObject clash = source("test.acme.AcmeCatalogShard0", "package test.acme;",
        "final class AcmeCatalogShard0 {}");
    Compilation c = compile(PROVIDER, stub, clash);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[generated-name-taken] the processor generates the class"
        + " test.acme.AcmeCatalogShard0").inFile(PROVIDER).onLineContaining("id = \"acme\"");
  }

  // ------------------------------------------------------------------------------------------- placement

  @Test
  void model_onEnum_isError() {
    assertNotAClass("enum", "enum Kind { A }");
  }

  @Test
  void model_onRecord_isError() {
    assertNotAClass("record", "record Pair(int a) {}");
  }

  @Test
  void model_onAnnotationType_isError() {
    assertNotAClass("annotation type", "@interface Marker {}");
  }

  private static void assertNotAClass(String kind, String declaration) {
    String name = declaration.replaceAll(".*(?:enum|record|@interface) (\\w+).*", "$1");
    JavaFileObject file = source("test.acme." + name, "package test.acme;",
        "import dev.modelcatalog.annotations.Model;", "@Model(id = \"x\", contextWindow = 1)", declaration);
    Compilation c = compile(PROVIDER, file);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[model-not-class] @Model is declared on " + kind + " " + name)
        .inFile(file).onLineContaining("@Model");
  }

  @Test
  void model_onNestedClasses_compiles() {
    JavaFileObject family = source("test.acme.Family", "package test.acme;",
        "import dev.modelcatalog.annotations.Model;",
        "final class Family {",
        "  @Model(id = \"family-small\", contextWindow = 1) static final class Small {}",
        "  @Model(id = \"family-large\", contextWindow = 1) private final class Large {}",
        "}");
    Compilation c = compile(PROVIDER, family);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.acme.AcmeCatalog").contentsAsUtf8String().contains("family-large");
  }

  @Test
  void route_withoutModel_isError() {
    JavaFileObject orphan = stub("test.acme", "Orphan", "@Route(platform = \"openrouter\")");
    Compilation c = compile(PROVIDER, orphan);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Route on Orphan has no effect without @Model")
        .inFile(orphan).onLineContaining("@Route");
  }

  @Test
  void companions_withoutModel_areEachAnError() {
    JavaFileObject caps = stub("test.acme", "Caps", "@Capabilities(chat = true)");
    JavaFileObject moe = stub("test.acme", "Moe",
        "@MoE(totalParams = 10, activeParams = 2, numExperts = 8, expertsPerToken = 2)");
    JavaFileObject latency = stub("test.acme", "Slow", "@Latency(ttftMean = 1.0)");
    Compilation c = compile(PROVIDER, caps, moe, latency);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Capabilities on Caps").inFile(caps)
        .onLineContaining("@Capabilities");
    assertThat(c).hadErrorContaining("[annotation-without-model] @MoE on Moe").inFile(moe).onLineContaining("@MoE");
    assertThat(c).hadErrorContaining("[annotation-without-model] @Latency on Slow").inFile(latency)
        .onLineContaining("@Latency");
  }

  // ------------------------------------------------------------------------------------------ everything

  @Test
  void severalKindsOfErrors_allReportedInOneCompilation() {
    JavaFileObject broken = stub("test.acme", "Broken",
        "@Model(id = \"broken\",",
        "    contextWindow = 0)",
        "@Pricing(",
        "    inputPerMillion = Double.NaN)");
    JavaFileObject first = stub("test.acme", "First", "@Model(id = \"same\", contextWindow = 1)");
    JavaFileObject second = stub("test.acme", "Second", "@Model(id = \"same\", contextWindow = 1)");
    JavaFileObject dangling = stub("test.acme", "Dangling",
        "@Model(id = \"dangling\", contextWindow = 1,", "    parent = \"nowhere\")");
    JavaFileObject orphan = stub("test.acme", "Orphan", "@MoE(totalParams = 1, activeParams = 1, numExperts = 1,"
        + " expertsPerToken = 1)");
    Compilation c = compile(PROVIDER, broken, first, second, dangling, orphan);
    assertThat(c).hadErrorCount(6);
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(broken)
        .onLineContaining("contextWindow = 0");
    assertThat(c).hadErrorContaining("[price-not-finite]").inFile(broken).onLineContaining("Double.NaN");
    assertThat(c).hadErrorContaining("[duplicate-id]").inFile(first).onLineContaining("\"same\"");
    assertThat(c).hadErrorContaining("[duplicate-id]").inFile(second).onLineContaining("\"same\"");
    assertThat(c).hadErrorContaining("[unknown-reference] parent 'nowhere'").inFile(dangling)
        .onLineContaining("parent = \"nowhere\"");
    assertThat(c).hadErrorContaining("[annotation-without-model] @MoE").inFile(orphan).onLineContaining("@MoE");
  }
}
