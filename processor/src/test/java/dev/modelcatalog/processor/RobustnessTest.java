package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Values that resolve only in a later round, values that never resolve, and failures nobody foresaw. */
class RobustnessTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  /** The generated catalog has the id constant of the model {@code late-model}. */
  private static void assertCatalogHoldsTheLateModel(Compilation c) {
    assertThat(c).generatedSourceFile("test.acme.AcmeCatalog").contentsAsUtf8String()
        .contains("LATE = \"late-model\"");
  }

  /** Compiles with the catalog processor and, before it, another processor. */
  private static Compilation compileBeside(Processor other, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(other, new CatalogProcessor()).withOptions(Compilations.STRICT_OPTIONS)
        .compile(sources);
  }

  @Test
  void constantGeneratedInALaterRound_isDeferredAndCompiles() {
    JavaFileObject late = stub("test.acme", "Late",
        "@Model(id = Ids.LATE,",
        "    contextWindow = Ids.WINDOW)");
    JavaFileObject early = stub("test.acme", "Early", "@Model(id = \"early\", contextWindow = 1)");
    Compilation c = compileBeside(OtherProcessor.generatingConstants(), PROVIDER, late, early);
    assertThat(c).succeededWithoutWarnings();
    assertCatalogHoldsTheLateModel(c);
    assertThat(c).generatedSourceFile("test.acme.AcmeCatalogShard0").contentsAsUtf8String()
        .contains(".contextWindow(4096)");
  }

  /**
   * Models that failed their own checks in different rounds are named in name order, as those of one round are:
   * Alpha, deferred to the second round, comes before Zeta, rejected in the first.
   */
  @Test
  void clashWithModelsRejectedInDifferentRounds_namesTheFirstByName() {
    JavaFileObject alpha = stub("test.acme", "Alpha",
        "@Model(id = Ids.LATE, contextWindow = 4096,",
        "    maxOutputTokens = 8192)");
    JavaFileObject zeta = stub("test.acme", "Zeta",
        "@Model(id = \"late-model\", contextWindow = 4096,",
        "    maxOutputTokens = 8192)");
    JavaFileObject twin = stub("test.acme", "Twin", "@Model(id = \"late-model\", contextWindow = 1)");
    Compilation c = compileBeside(OtherProcessor.generatingConstants(), PROVIDER, alpha, zeta, twin);
    assertThat(c).hadErrorContaining("[duplicate-id] id 'late-model' is also declared by test.acme.Alpha")
        .inFile(twin).onLineContaining("id = \"late-model\"");
  }

  @Test
  void stubGeneratedByAnotherProcessorInTheFirstRound_joinsTheCatalog() {
    JavaFileObject early = stub("test.acme", "Early", "@Model(id = \"early\", contextWindow = 1)");
    Compilation c = compileBeside(OtherProcessor.generatingStubAfter("test.acme.Early"), PROVIDER, early);
    // The catalog was indexed in round 1, so no new source forces a round after the late stub's: the catalogs
    // come in the last round, which javac warns about, and are compiled.
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("test.acme.AcmeCatalog' created in the last round");
    assertCatalogHoldsTheLateModel(c);
  }

  @Test
  void stubsGeneratedWhereNoneWereWritten_makeACatalog() {
    JavaFileObject plain = JavaFileObjects.forSourceLines("test.acme.Plain", "package test.acme;",
        "final class Plain {}");
    Compilation c = compileBeside(OtherProcessor.generatingStubAfter("test.acme.Plain"), PROVIDER, plain);
    assertThat(c).succeededWithoutWarnings();
    assertCatalogHoldsTheLateModel(c);
  }

  @Test
  void stubGeneratedAfterTheCatalogs_isAnErrorOnIt_notLeftOutSilently() {
    JavaFileObject early = stub("test.acme", "Early", "@Model(id = \"early\", contextWindow = 1)");
    Compilation c = compileBeside(OtherProcessor.generatingStubAfter("test.acme.AcmeCatalog"), PROVIDER, early);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[late-model] test.acme.Late appeared after the catalogs of this compilation"
        + " were written, so no catalog holds its model 'late-model'");
    // A failed compilation hands out no generated file to pin the error with inFile(): check its place directly.
    Diagnostic<? extends JavaFileObject> error = c.errors().get(0);
    assertThat(error.getSource().getName()).endsWith("test/acme/Late.java");
    assertThat(error.getLineNumber()).isEqualTo(5); // @Model(id = "late-model", contextWindow = 4096)
  }

  @Test
  void constantThatNeverResolves_isReportedInTheLastRound() {
    JavaFileObject stub = stub("test.acme", "Lost",
        "@Model(contextWindow = 1,",
        "    id = Missing.ID)");
    Compilation c = Compilations.compile(List.of(PROVIDER, stub));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[unresolved-value] the value of @Model on test.acme.Lost could not be resolved"
        + " after the last round").inFile(stub).onLineContaining("id = Missing.ID");
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(stub).onLineContaining("Missing.ID");
  }

  @Test
  void providerWithoutStubs_withAConstantGeneratedLater_isCheckedOnceItResolves() {
    JavaFileObject pkg = JavaFileObjects.forSourceLines("test.acme.package-info",
        "@Provider(id = \"acme\",",
        "    docsUrl = test.acme.Ids.LATE)",
        "package test.acme;",
        "import dev.modelcatalog.annotations.Provider;");
    Compilation c = compileBeside(OtherProcessor.generatingConstants(), pkg);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[url-invalid] docsUrl is 'late-model'").inFile(pkg)
        .onLineContaining("docsUrl = test.acme.Ids.LATE");
  }

  @Test
  void providerWithoutStubs_withAConstantThatNeverResolves_isLeftToJavac() {
    JavaFileObject pkg = JavaFileObjects.forSourceLines("test.acme.package-info",
        "@Provider(id = \"acme\",",
        "    docsUrl = Missing.URL)",
        "package test.acme;",
        "import dev.modelcatalog.annotations.Provider;");
    Compilation c = Compilations.compile(List.of(pkg));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(pkg).onLineContaining("Missing.URL");
  }

  /**
   * A processor path without the processor's dependencies (javac run by hand, {@code -processorpath} naming the
   * processor's jar alone): the processor is loaded where Commons Text is missing. One error says what is
   * missing and how to fix the path, not an internal error per round.
   */
  @Test
  void processorPathWithoutItsDependencies_isOneErrorNamingTheMissingClass() throws Exception {
    List<URL> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).getFileName().toString().startsWith("commons-text")) {
        path.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Processor processor = (Processor) loader.loadClass(CatalogProcessor.class.getName())
          .getConstructor().newInstance();
      Compilation c = Compiler.javac().withProcessors(processor)
          .compile(PROVIDER, stub("test.acme", "One", "@Model(id = \"one\", contextWindow = 1)"),
              stub("test.acme", "Two", "@Model(id = \"two\", contextWindow = 1)"));
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("[processor-path-incomplete] the modelcatalog processor cannot load"
          + " org.apache.commons.text.");
    }
  }

  @Test
  void unexpectedException_isOneErrorNamingTheStub_andOthersAreStillChecked() {
    JavaFileObject boom = stub("test.acme", "Boom", "@Model(contextWindow = 1, description = \"boom\", id = \"b\")");
    JavaFileObject bad = stub("test.acme", "Bad", "@Model(id = \"bad\",", "    contextWindow = 0)");
    Compilation c = Compiler.javac().withProcessors(FaultyEnvironment.throwingOnBoom()).compile(PROVIDER, boom, bad);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[internal-error] internal error in the modelcatalog processor while"
        + " processing class test.acme.Boom: java.lang.IllegalStateException: simulated failure (at ")
        .inFile(boom).onLineContaining("class Boom");
    assertThat(c).hadErrorContaining("[context-window-not-positive]").inFile(bad).onLineContaining("contextWindow = 0");
    for (Diagnostic<? extends JavaFileObject> error : c.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("\n\tat "); // one line of cause, no stack trace dump
    }
  }

  @Test
  void filerRefusingAFile_isOneClearError() {
    JavaFileObject stub = stub("test.acme", "M", "@Model(id = \"m\", contextWindow = 1)");
    Compilation c = Compiler.javac().withProcessors(FaultyEnvironment.refusingSource("test.acme.AcmeCatalog"))
        .compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[write-failed] cannot write the generated catalogs:"
        + " java.io.IOException: simulated: no space left for test.acme.AcmeCatalog");
  }
}
