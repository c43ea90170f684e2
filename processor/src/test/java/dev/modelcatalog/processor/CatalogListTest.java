package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;
import static dev.modelcatalog.processor.Compilations.stub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.runtime.ModelCatalog;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Amodelcatalog.catalogList} has the processor write a class naming every catalog of the service file, so a
 * server can build its registry without the class-path scan and without a list of its own to keep up to date.
 */
class CatalogListTest {

  private static final List<JavaFileObject> TWO_PROVIDERS = List.of(
      provider("test.beta", "beta"), stub("test.beta", "BetaOne", "@Model(id = \"beta-one\", contextWindow = 1)"),
      provider("test.acme", "acme"), stub("test.acme", "AcmeOne", "@Model(id = \"acme-one\", contextWindow = 1)"));

  private static Compilation compile(String listName, List<JavaFileObject> sources) {
    return Compilations.javac("-Amodelcatalog.catalogList=" + listName).compile(sources);
  }

  @Test
  void list_namesEveryCatalog_inServiceFileOrder_newOnEveryCall() throws Exception {
    Compilation c = compile("test.AllCatalogs", TWO_PROVIDERS);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.AllCatalogs").contentsAsUtf8String()
        .contains("return new ModelCatalog[] {new AcmeCatalog(), new BetaCatalog()};");

    GeneratedClassLoader loader = new GeneratedClassLoader(c);
    Class<?> list = loader.loadClass("test.AllCatalogs");
    ModelCatalog[] first = (ModelCatalog[]) list.getMethod("all").invoke(null);
    List<String> names = new ArrayList<>();
    for (ModelCatalog catalog : first) {
      names.add(catalog.getClass().getName());
    }
    assertEquals(List.of("test.acme.AcmeCatalog", "test.beta.BetaCatalog"), names);
    assertEquals(1, first[0].size());
    assertNotSame(first[0], ((ModelCatalog[]) list.getMethod("all").invoke(null))[0]);
  }

  @Test
  void withoutTheOption_noList() {
    Compilation c = Compilations.compile(TWO_PROVIDERS);
    assertThat(c).succeededWithoutWarnings();
    for (JavaFileObject file : c.generatedSourceFiles()) {
      assertThat(file.getName()).doesNotContain("AllCatalogs");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"AllCatalogs", "test.1st.AllCatalogs", "test.class.AllCatalogs", "test.All-Catalogs",
      "test.AllCatalogs."})
  void nameThatIsNoClassInAPackage_isOneError(String name) {
    Compilation c = compile(name, TWO_PROVIDERS);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[catalog-list-name-invalid] -Amodelcatalog.catalogList=" + name
        + " is not the qualified name of a class in a package, such as com.example.models.AllCatalogs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"test.AllCatalogs", "test.acme.AcmeCatalog", "test.beta.BetaCatalogRows"})
  void nameTheCompilationDeclaresOrGenerates_isOneError(String name) {
    List<JavaFileObject> sources = new ArrayList<>(TWO_PROVIDERS);
    sources.add(source("test.AllCatalogs", "package test;", "public final class AllCatalogs {}"));
    Compilation c = compile(name, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[catalog-list-name-taken] -Amodelcatalog.catalogList names " + name
        + ", which this compilation already declares or generates; name a class for the processor to write");
  }
}
