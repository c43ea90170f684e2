package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.processor.write.CatalogGenerator;
import dev.modelcatalog.runtime.ModelCatalog;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The runtime the generated catalogs compile against: a build without it, or with one older than the processor,
 * gets one error on the first {@code @Provider} naming the dependency, and no catalog whose compilation would bury
 * it under errors in generated files. (javac keeps no generated file of a failed compilation to look at; a catalog
 * written against a missing or older runtime shows as the errors it causes, so one error means none was written.)
 */
class RuntimeOnClassPathTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");
  private static final JavaFileObject STUB = stub("test.acme", "One", "@Model(id = \"one\", contextWindow = 1)");

  @Test
  void runtimeMissing_isOneErrorOnTheProvider_andNoCatalog() throws Exception {
    Path runtime = Path.of(ModelCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<File> withoutRuntime = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).equals(runtime)) {
        withoutRuntime.add(new File(entry));
      }
    }
    Compilation c = Compilations.javac().withClasspath(withoutRuntime).compile(PROVIDER, STUB);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[runtime-missing] the generated catalogs implement"
        + " dev.modelcatalog.runtime.ModelCatalog, which is not on the class path, so they are not written; add"
        + " modelcatalog-runtime").inFile(PROVIDER).onLineContaining("@Provider(id = \"acme\")");
  }

  @Test
  void runtimeOfAnOlderFormat_isOneErrorNamingBothFormats() {
    int older = CatalogGenerator.CATALOG_FORMAT - 1;
    Compilation c = Compilations.compile(List.of(PROVIDER, STUB, runtimeInterface("int FORMAT = " + older + ";")));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[runtime-too-old] the modelcatalog-runtime on the class path reads catalog"
        + " format " + older + ", and this processor writes format " + CatalogGenerator.CATALOG_FORMAT)
        .inFile(PROVIDER).onLineContaining("@Provider(id = \"acme\")");
  }

  @Test
  void runtimeFromBeforeFormats_readsAsFormatZero() {
    Compilation c = Compilations.compile(List.of(PROVIDER, STUB, runtimeInterface("String PROVIDER = \"x\";")));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[runtime-too-old] the modelcatalog-runtime on the class path reads catalog"
        + " format 0,");
  }

  @Test
  void runtimeOfTheProcessorsFormat_writesTheCatalog_whoseConstructorChecksTheFormat() {
    Compilation c = Compilations.compile(List.of(PROVIDER, STUB));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.acme.AcmeCatalog").contentsAsUtf8String()
        .contains("ModelCatalog.requireFormat(" + ModelCatalog.FORMAT + ", AcmeCatalog.class);");
  }

  /** A {@code ModelCatalog} of another runtime, compiled with the stubs: javac prefers it to the class path's. */
  private static JavaFileObject runtimeInterface(String member) {
    return source("dev.modelcatalog.runtime.ModelCatalog",
        "package dev.modelcatalog.runtime;",
        "public interface ModelCatalog {",
        "  " + member,
        "}");
  }
}
