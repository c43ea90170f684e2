package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.runtime.ModelCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Stubs whose names Java gives a meaning of their own: the names the processor derives from them still compile,
 * and the catalog builds every definition and route.
 */
class StubNamesTest {

  /** The ids of the definitions the catalog builds, with the platforms of their routes. */
  private static List<String> built(Compilation compilation) throws ReflectiveOperationException {
    ModelCatalog catalog =
        CatalogBehaviourTest.load(compilation, Compilations.classLoader(compilation), "test.acme.AcmeCatalog");
    List<String> built = new ArrayList<>();
    for (int i = 0; i < catalog.size(); i++) {
      StringBuilder model = new StringBuilder(catalog.model(i).id());
      catalog.routes(i).forEach(route -> model.append(" via ").append(route.platform()));
      built.add(model.toString());
    }
    return built;
  }

  @Test
  void stubsNamedLikeRestrictedIdentifiers_compile() throws ReflectiveOperationException {
    List<JavaFileObject> sources = new ArrayList<>(List.of(provider("test.acme", "acme"),
        stub("test.acme", "Yield", "@Model(id = \"yield-model\", contextWindow = 128_000)",
            "@Route(platform = \"direct\")")));
    for (String name : List.of("Record", "Var", "Sealed", "Permits")) {
      String id = name.toLowerCase(Locale.ROOT) + "-model";
      sources.add(stub("test.acme", name, "@Model(id = \"" + id + "\", contextWindow = 1)"));
    }

    assertThat(built(Compilations.compile(sources))).containsExactly("permits-model", "record-model",
        "sealed-model", "var-model", "yield-model via direct");
  }

  @Test
  void stubsWithNonAsciiNames_compile_fromSourcesOfAsciiOnly() throws ReflectiveOperationException {
    // Modèle and 模型: the generated method and id constant carry the stub's name, in Unicode escapes.
    Compilation compilation = Compilations.compile(List.of(provider("test.acme", "acme"),
        stub("test.acme", "Mod\u00e8le", "@Model(id = \"modele\", contextWindow = 128_000)",
            "@Route(platform = \"direct\")"),
        stub("test.acme", "\u6a21\u578b", "@Model(id = \"moxing\", contextWindow = 1)")));

    assertThat(built(compilation)).containsExactly("modele via direct", "moxing");
    Class<?> ids = Compilations.classLoader(compilation).loadClass("test.acme.AcmeCatalog$Ids");
    assertThat(ids.getField("MOD\u00c8LE").get(null)).isEqualTo("modele");
    assertThat(ids.getField("\u6a21\u578b").get(null)).isEqualTo("moxing");
    Compilations.generatedText(compilation).forEach((file, text) -> {
      if (file.endsWith(".java")) {
        assertWithMessage(file).that(text.chars().filter(c -> c > 0x7f).count()).isEqualTo(0);
      }
    });
  }

  @Test
  void stubsNamedLikeJavaLangTypes_compile() throws ReflectiveOperationException {
    // A type of the package hides java.lang's type of that name in every file of the package.
    Compilation compilation = Compilations.compile(List.of(provider("test.acme", "acme"),
        stub("test.acme", "String", "@Model(id = \"string-model\", contextWindow = 128_000)",
            "@Route(platform = \"direct\")"),
        stub("test.acme", "Override", "@Model(id = \"override-model\", contextWindow = 1)")));

    assertThat(built(compilation)).containsExactly("override-model", "string-model via direct");
  }
}
