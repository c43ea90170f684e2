package dev.modelcatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.modelcatalog.processor.Compilations.source;
import static dev.modelcatalog.processor.Compilations.stub;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strings from annotations reach the generated catalog exactly, whatever characters they hold: the generated code
 * compiles, and the catalog built from it returns the very strings the stubs wrote. The stubs below write the
 * characters as Unicode escapes, which javac reads as the characters themselves.
 */
class GeneratedStringsTest {

  /** The package {@code test.acme} with these annotations, and one stub {@code Gpt4o} with these. */
  private static Compilation compile(List<String> providerLines, String... stubLines) {
    String[] lines = new String[providerLines.size() + 2];
    providerLines.toArray(lines);
    lines[lines.length - 2] = "package test.acme;";
    lines[lines.length - 1] = "import dev.modelcatalog.annotations.*;";
    return Compilations.compile(
        List.of(source("test.acme.package-info", lines), stub("test.acme", "Gpt4o", stubLines)));
  }

  private static ModelCatalog load(Compilation compilation) throws ReflectiveOperationException {
    return CatalogBehaviourTest.load(compilation, Compilations.classLoader(compilation), "test.acme.AcmeCatalog");
  }

  @Test
  void lineSeparators_inProviderPlatformAndRouteStrings_compileAndSurvive() throws ReflectiveOperationException {
    ModelCatalog catalog = load(compile(
        List.of("@Provider(id = \"acme\", name = \"Acme\\u2028Labs\",",
            "    docsUrl = \"https://docs.acme.example/\\u2029\")",
            "@Platform(id = \"acme-cloud\", name = \"Acme\\u2028Cloud\",",
            "    baseUrl = \"https://api.acme.example/\\u2028\", docsUrl = \"https://acme.example/\\u2029docs\")"),
        "@Model(id = \"gpt-4o\", contextWindow = 128_000)",
        "@Route(platform = \"acme-cloud\", endpoint = \"https://acme.example/v1\\u2029x\")"));

    assertThat(catalog.providerInfo().name()).isEqualTo("Acme\u2028Labs");
    assertThat(catalog.providerInfo().docsUrl()).isEqualTo("https://docs.acme.example/\u2029");
    Platform platform = catalog.platforms().get(0);
    assertThat(platform.name()).isEqualTo("Acme\u2028Cloud");
    assertThat(platform.baseUrl()).isEqualTo("https://api.acme.example/\u2028");
    assertThat(platform.docsUrl()).isEqualTo("https://acme.example/\u2029docs");
    assertThat(catalog.routes(0).get(0).endpoint()).hasValue("https://acme.example/v1\u2029x");
  }

  @Test
  void nonAsciiText_andALoneSurrogate_surviveExactly_inSourcesOfAsciiOnly() throws ReflectiveOperationException {
    Compilation compilation = compile(
        List.of("@Provider(id = \"acme\", name = \"Acm\\u00e9 \\u00c5\")",
            "@Platform(id = \"acme-cloud\", name = \"Acm\\u00e9 \\u96f2\")"),
        "@Model(id = \"gpt-4o\", contextWindow = 128_000, name = \"Caf\\u00e9 \\uD83D\\uDE00\",",
        "    description = \"lone \\uD800 surrogate\")",
        "@Lifecycle(docsUrl = \"https://acme.example/caf\\u00e9\")",
        "@Route(platform = \"acme-cloud\", endpoint = \"https://acme.example/\\u00e9\")");

    ModelCatalog catalog = load(compilation);
    assertThat(catalog.providerInfo().name()).isEqualTo("Acm\u00e9 \u00c5");
    assertThat(catalog.platforms().get(0).name()).isEqualTo("Acm\u00e9 \u96f2");
    assertThat(catalog.routes(0).get(0).endpoint()).hasValue("https://acme.example/\u00e9");
    ModelDefinition model = catalog.model(0);
    assertThat(model.name()).isEqualTo("Caf\u00e9 \uD83D\uDE00");
    assertThat(model.description()).hasValue("lone \uD800 surrogate");
    assertThat(model.docsUrl()).hasValue("https://acme.example/caf\u00e9");
    // Any output encoding writes ASCII as it is, so sources of ASCII only survive whatever javac writes them in.
    Compilations.generatedText(compilation).forEach((file, text) -> {
      if (file.endsWith(".java")) {
        assertWithMessage(file).that(text.chars().filter(c -> c > 0x7f).mapToObj(Character::getName).toList())
            .isEmpty();
      }
    });
  }
}
