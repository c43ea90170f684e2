package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test (or more) per message: the code, the file and the line it is reported on. */
class ModelValidationTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  private static JavaFileObject stub(String simpleName, String... annotationLines) {
    return Compilations.stub("test.acme", simpleName, annotationLines);
  }

  private static Compilation compile(JavaFileObject... files) {
    return Compilations.compile(List.of(files));
  }

  @Test
  void contextWindow_zero_isErrorOnItsAttribute() {
    JavaFileObject stub = stub("Zero",
        "@Model(id = \"zero\",",
        "    contextWindow = 0)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[context-window-not-positive] contextWindow:")
        .inFile(stub).onLineContaining("contextWindow = 0");
  }

  @Test
  void pricing_negativeInputPrice_isErrorOnPricing() {
    JavaFileObject stub = stub("Cheap",
        "@Model(id = \"cheap\", contextWindow = 8192)",
        "@Pricing(outputPerMillion = 1.0, inputPerMillion = -1.0)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[price-negative] pricing.inputPerMillion:")
        .inFile(stub).onLineContaining("inputPerMillion = -1.0");
  }

  @Test
  void moe_activeAboveTotal_isErrorOnActiveParams() {
    JavaFileObject stub = stub("Moe",
        "@Model(id = \"moe\", contextWindow = 8192)",
        "@MoE(totalParams = 10, expertsPerToken = 2, numExperts = 8,",
        "     activeParams = 20)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[moe-active-exceeds-total]").inFile(stub).onLineContaining("activeParams = 20");
  }

  @Test
  void aliases_secondRepeatsId_isErrorOnThatAlias() {
    JavaFileObject stub = stub("Aliased",
        "@Model(id = \"aliased\", contextWindow = 8192, aliases = {",
        "    \"aliased-v1\",",
        "    \"aliased\"})");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[alias-equals-id] aliases[1]:").inFile(stub).onLineContaining("\"aliased\"}");
  }

  @Test
  void cachedPriceAboveInput_isWarning_andSuppressible() {
    JavaFileObject warned = stub("Warned",
        "@Model(id = \"warned\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0, outputPerMillion = 2.0, cachedInputPerMillion = 3.0)");
    Compilation c = compile(PROVIDER, warned);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[cached-price-above-input]").inFile(warned)
        .onLineContaining("cachedInputPerMillion = 3.0");

    JavaFileObject silenced = stub("Silenced",
        "@SuppressWarnings(\"cached-price-above-input\")",
        "@Model(id = \"silenced\", contextWindow = 8192)",
        "@Pricing(inputPerMillion = 1.0, outputPerMillion = 2.0, cachedInputPerMillion = 3.0)");
    assertThat(compile(PROVIDER, silenced)).succeededWithoutWarnings();
  }

  @Test
  void model_onInterface_isError() {
    JavaFileObject stub = source("test.acme.NotAClass",
        "package test.acme;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"x\", contextWindow = 1)",
        "interface NotAClass {}");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[model-not-class]").inFile(stub).onLineContaining("@Model");
  }

  @Test
  void model_outsideProviderPackage_isError() {
    JavaFileObject stub = source("test.loose.Loose",
        "package test.loose;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"loose\", contextWindow = 1)",
        "final class Loose {}");
    Compilation c = compile(stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[model-outside-provider] Loose is in package 'test.loose', which has no"
        + " @Provider; add @Provider(id = \"...\") to its package-info.java").inFile(stub).onLineContaining("@Model");
  }

  /** The unnamed package can carry no @Provider: the message says to move the stub, not to annotate a package. */
  @Test
  void model_inTheUnnamedPackage_isToldToMove() {
    JavaFileObject stub = source("NoPackage",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"no-package\", contextWindow = 1)",
        "final class NoPackage {}");
    Compilation c = compile(stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[model-outside-provider] NoPackage is in the unnamed package, which has no"
        + " @Provider; move it into a package, and add @Provider(id = \"...\") to that package's package-info.java")
        .inFile(stub).onLineContaining("@Model");
  }

  @Test
  void model_onLocalClass_isErrorOnModel_notASilentlyMissingModel() {
    JavaFileObject holder = source("test.acme.Holder",
        "package test.acme;",
        "import dev.modelcatalog.annotations.*;",
        "final class Holder {",
        "  void declare() {",
        "    @Pricing(inputPerMillion = 1.0)",
        "    @Model(id = \"local\", contextWindow = 1)",
        "    final class Local {}",
        "    final class Unannotated {}",
        "  }",
        "}");
    Compilation c = compile(PROVIDER, holder);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[hidden-stub] @Model is on Local, a class declared inside a method,"
        + " initializer or anonymous class").inFile(holder).onLineContaining("@Model");
  }

  @Test
  void companionAnnotation_onClassInsideAnonymousClass_isErrorOnIt() {
    JavaFileObject holder = source("test.acme.Holder",
        "package test.acme;",
        "import dev.modelcatalog.annotations.*;",
        "final class Holder {",
        "  static final Object HELD = new Object() {",
        "    @Pricing(inputPerMillion = 1.0)",
        "    final class Inner {}",
        "  };",
        "}");
    Compilation c = compile(PROVIDER, holder);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[hidden-stub] @Pricing is on Inner").inFile(holder)
        .onLineContaining("@Pricing");
  }

  @Test
  void pricingWithoutModel_isError() {
    JavaFileObject stub = stub("Orphan", "@Pricing(inputPerMillion = 1.0)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Pricing on Orphan").inFile(stub)
        .onLineContaining("@Pricing");
  }

  @Test
  void provider_invalidId_isErrorOnId() {
    JavaFileObject pkg = source("test.bad.package-info",
        "@Provider(id = \"Bad Id\")",
        "package test.bad;",
        "import dev.modelcatalog.annotations.Provider;");
    JavaFileObject stub = source("test.bad.M",
        "package test.bad;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"m\", contextWindow = 1)",
        "final class M {}");
    Compilation c = compile(pkg, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[provider-id-invalid]").inFile(pkg).onLineContaining("Bad Id");
  }

  @Test
  void duplicateId_reportedOnBothModels() {
    JavaFileObject first = stub("First", "@Model(id = \"same\", contextWindow = 1)");
    JavaFileObject second = stub("Second", "@Model(id = \"same\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, first, second);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-id] id 'same' is also declared by test.acme.Second")
        .inFile(first).onLineContaining("id = \"same\"");
    assertThat(c).hadErrorContaining("[duplicate-id] id 'same' is also declared by test.acme.First")
        .inFile(second).onLineContaining("id = \"same\"");
  }

  @Test
  void duplicateId_acrossProviders_isError() {
    JavaFileObject other = provider("test.other", "other");
    JavaFileObject first = stub("First", "@Model(id = \"same\", contextWindow = 1)");
    JavaFileObject second = source("test.other.Second",
        "package test.other;",
        "import dev.modelcatalog.annotations.Model;",
        "@Model(id = \"same\", contextWindow = 1)",
        "final class Second {}");
    Compilation c = compile(PROVIDER, other, first, second);
    assertThat(c).hadErrorContaining("[duplicate-id]").inFile(second).onLineContaining("id = \"same\"");
  }

  @Test
  void alias_equalToAnotherModelsId_isErrorOnBoth() {
    JavaFileObject owner = stub("Owner", "@Model(id = \"taken\", contextWindow = 1)");
    JavaFileObject thief = stub("Thief",
        "@Model(id = \"thief\", contextWindow = 1,",
        "    aliases = {\"taken\"})");
    Compilation c = compile(PROVIDER, owner, thief);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[alias-conflict] 'taken' is an alias of test.acme.Thief and the id of")
        .inFile(thief).onLineContaining("aliases = {\"taken\"}");
    assertThat(c).hadErrorContaining("[alias-conflict] 'taken' is the id of test.acme.Owner and an alias of")
        .inFile(owner).onLineContaining("id = \"taken\"");
  }

  /**
   * A model that fails its own checks still owns its id: a clash with it shows in the same build as its own
   * error, not in the build after that error is fixed.
   */
  @Test
  void clashWithAModelThatFailsItsOwnChecks_isReportedInTheSameBuild() {
    JavaFileObject broken = stub("Broken",
        "@Model(id = \"taken\", contextWindow = 4096,",
        "    maxOutputTokens = 8192)");
    JavaFileObject thief = stub("Thief",
        "@Model(id = \"thief\", contextWindow = 1,",
        "    aliases = {\"taken\"})");
    JavaFileObject twin = stub("Twin", "@Model(id = \"taken\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, broken, thief, twin);
    assertThat(c).hadErrorContaining("[max-output-exceeds-context]").inFile(broken)
        .onLineContaining("maxOutputTokens = 8192");
    assertThat(c).hadErrorContaining("[alias-conflict] 'taken' is an alias of test.acme.Thief and the id of")
        .inFile(thief).onLineContaining("aliases = {\"taken\"}");
    assertThat(c).hadErrorContaining("[duplicate-id] id 'taken' is also declared by test.acme.Broken")
        .inFile(twin).onLineContaining("id = \"taken\"");
    assertThat(c).hadErrorContaining("[duplicate-id] id 'taken' is also declared by test.acme.Twin")
        .inFile(broken).onLineContaining("id = \"taken\"");
  }

  /** A name the id syntax refuses is no lookup key: its own error says so, and it clashes with nothing. */
  @Test
  void malformedIdsOfRejectedModels_areNotReportedAsDuplicates() {
    JavaFileObject first = stub("First", "@Model(id = \"has space\", contextWindow = 1)");
    JavaFileObject second = stub("Second", "@Model(id = \"has space\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, first, second);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[id-whitespace]").inFile(first).onLineContaining("has space");
    assertThat(c).hadErrorContaining("[id-whitespace]").inFile(second).onLineContaining("has space");
  }

  @Test
  void alias_equalToAnotherModelsAlias_isError() {
    JavaFileObject a = stub("A", "@Model(id = \"a\", contextWindow = 1, aliases = {\"shared\"})");
    JavaFileObject b = stub("B", "@Model(id = \"b\", contextWindow = 1, aliases = {\"shared\"})");
    Compilation c = compile(PROVIDER, a, b);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[alias-conflict]").inFile(a).onLineContaining("shared");
    assertThat(c).hadErrorContaining("[alias-conflict]").inFile(b).onLineContaining("shared");
  }

  @Test
  void normalizedIdCollision_reportedOnBothModels() {
    JavaFileObject dashed = stub("Dashed", "@Model(id = \"gpt-4o\", contextWindow = 1)");
    JavaFileObject underscored = stub("Underscored", "@Model(id = \"GPT_4o\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, dashed, underscored);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-normalized-id] id 'gpt-4o' normalizes to 'gpt-4o', as does the id"
        + " 'GPT_4o' of test.acme.Underscored").inFile(dashed).onLineContaining("gpt-4o");
    assertThat(c).hadErrorContaining("[duplicate-normalized-id]").inFile(underscored).onLineContaining("GPT_4o");
  }

  @Test
  void constantNameClash_isError() {
    JavaFileObject a = stub("Gpt4o", "@Model(id = \"a\", contextWindow = 1)");
    JavaFileObject b = stub("GPT4o", "@Model(id = \"b\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, a, b);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[constant-name-clash] the generated constant GPT_4O would name both"
        + " test.acme.Gpt4o and test.acme.GPT4o; rename one of the stubs").inFile(a).onLineContaining("class Gpt4o");
    assertThat(c).hadErrorContaining("[constant-name-clash] the generated constant GPT_4O would name both"
        + " test.acme.GPT4o and test.acme.Gpt4o; rename one of the stubs").inFile(b).onLineContaining("class GPT4o");
  }

  @Test
  void constantNameClash_ofThreeStubs_isOneErrorOnEach() {
    JavaFileObject a = stub("Gpt4o", "@Model(id = \"a\", contextWindow = 1)");
    JavaFileObject b = stub("GPT4o", "@Model(id = \"b\", contextWindow = 1)");
    JavaFileObject c3 = stub("Gpt_4o", "@Model(id = \"c\", contextWindow = 1)");
    Compilation c = compile(PROVIDER, a, b, c3);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[constant-name-clash] the generated constant GPT_4O would name both"
        + " test.acme.Gpt4o and").inFile(a).onLineContaining("class Gpt4o");
    assertThat(c).hadErrorContaining("[constant-name-clash] the generated constant GPT_4O would name both"
        + " test.acme.GPT4o and").inFile(b).onLineContaining("class GPT4o");
    assertThat(c).hadErrorContaining("[constant-name-clash] the generated constant GPT_4O would name both"
        + " test.acme.Gpt_4o and").inFile(c3).onLineContaining("class Gpt_4o");
  }

  @Test
  void severalErrors_allReportedInOneCompilation() {
    JavaFileObject many = stub("Many",
        "@Model(id = \"has space\",",
        "    contextWindow = 0,",
        "    trainingCutoff = \"October\")",
        "@Pricing(inputPerMillion = -1.0)");
    JavaFileObject orphan = stub("Orphan", "@Latency(ttftMean = 1.0)");
    Compilation c = compile(PROVIDER, many, orphan);
    assertThat(c).hadErrorCount(5);
    assertThat(c).hadErrorContaining("[id-whitespace]").inFile(many).onLineContaining("has space");
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(many)
        .onLineContaining("contextWindow = 0");
    assertThat(c).hadErrorContaining("[training-cutoff-format]").inFile(many).onLineContaining("October");
    assertThat(c).hadErrorContaining("[price-negative]").inFile(many).onLineContaining("-1.0");
    assertThat(c).hadErrorContaining("[annotation-without-model]").inFile(orphan).onLineContaining("@Latency");
  }
}
