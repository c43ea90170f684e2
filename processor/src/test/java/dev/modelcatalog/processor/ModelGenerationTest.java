package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid stubs against golden generated files: {@code valid/<case>/} in, {@code expected/<case>/} out, compared as
 * exact text. Run with {@code -Dgolden.update=true} to rewrite the golden files after an intended change.
 */
class ModelGenerationTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path EXPECTED = Paths.get("src/test/resources/expected");

  private static final String[] OPENAI =
      {"package-info.java", "Gpt4o.java", "GptOss120b.java", "TextEmbedding3Small.java", "Gpt35Turbo.java"};

  @Test
  void openAi_matchesGoldenFiles() throws IOException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/openai", OPENAI));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden("openai", compilation);
  }

  @Test
  void openAi_generatesEveryArtifact() {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/openai", OPENAI));
    assertThat(Compilations.generatedText(compilation).keySet()).containsExactly(
        "OpenAiCatalog.java", "OpenAiCatalogRows.java", "OpenAiCatalogShard0.java",
        "test_openai_OpenAiCatalog.java", "test.openai.OpenAiCatalog.ids", "dev.modelcatalog.runtime.ModelCatalog");
  }

  @Test
  void generation_isDeterministicAcrossInputOrders() {
    List<JavaFileObject> forward = Compilations.resources("valid/openai", OPENAI);
    List<JavaFileObject> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Map<String, String> first = Compilations.generatedText(Compilations.compile(forward));
    Map<String, String> reversed = Compilations.generatedText(Compilations.compile(backward));
    Map<String, String> again = Compilations.generatedText(Compilations.compile(forward));
    assertThat(reversed).isEqualTo(first);
    assertThat(again).isEqualTo(first);
  }

  // ---------------------------------------------------------------------------------- routes and snapshots

  private static final String[] ACME =
      {"package-info.java", "Rocket20240806.java", "Rocket20240513.java", "Spark.java"};

  @Test
  void acme_routesPlatformsAndSnapshots_matchGoldenFiles() throws IOException {
    Compilation compilation = Compilations.compile(Compilations.resources("valid/acme", ACME));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden("acme", compilation);
  }

  @Test
  void acme_generatesRoutesClassOnlyForCatalogsWithRoutes() {
    Map<String, String> acme = Compilations.generatedText(
        Compilations.compile(Compilations.resources("valid/acme", ACME)));
    assertThat(acme.keySet()).contains("AcmeCatalogRoutes0.java");
    Map<String, String> openAi = Compilations.generatedText(
        Compilations.compile(Compilations.resources("valid/openai", OPENAI)));
    assertThat(openAi.keySet()).doesNotContain("OpenAiCatalogRoutes0.java");
    assertThat(openAi.get("OpenAiCatalog.java")).doesNotContain("routes(int index)");
    assertThat(openAi.get("OpenAiCatalog.java")).doesNotContain("snapshots()");
  }

  @Test
  void acme_generation_isDeterministicAcrossInputOrders() {
    List<JavaFileObject> forward = Compilations.resources("valid/acme", ACME);
    List<JavaFileObject> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    assertThat(Compilations.generatedText(Compilations.compile(backward)))
        .isEqualTo(Compilations.generatedText(Compilations.compile(forward)));
  }

  static void assertGolden(String caseName, Compilation compilation) throws IOException {
    Map<String, String> generated = Compilations.generatedText(compilation);
    Path dir = EXPECTED.resolve(caseName);
    if (UPDATE) {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path file : (Iterable<Path>) old::iterator) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    TreeSet<String> expectedNames = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(file -> expectedNames.add(file.getFileName().toString()));
    }
    assertThat(generated.keySet()).containsExactlyElementsIn(expectedNames);
    for (String name : expectedNames) {
      String expected = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      JavaFileObject file = compilation.generatedFiles().stream()
          .filter(f -> f.getName().endsWith("/" + name)).findFirst().orElseThrow();
      assertThat(compilation).generatedFile(file.getKind() == JavaFileObject.Kind.SOURCE
              ? javax.tools.StandardLocation.SOURCE_OUTPUT : javax.tools.StandardLocation.CLASS_OUTPUT,
          relativePath(file))
          .contentsAsUtf8String().isEqualTo(expected);
    }
  }

  /** The path of a generated file below its output location. */
  private static String relativePath(JavaFileObject file) {
    String name = file.getName();
    int start = name.indexOf('/', 1);
    return name.substring(start + 1);
  }
}
