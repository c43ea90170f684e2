package dev.modelcatalog.benchmarks.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubWriterTest {

  @TempDir
  Path dir;

  @Test
  void write_stubsCompileAgainstTheAnnotations() throws IOException {
    SyntheticCatalogGenerator generator = new SyntheticCatalogGenerator(ModelsDevReader.readShipped(), 3, "c-");
    List<SyntheticModel> models = generator.generate(300, 1);
    Map<String, String> names = generator.providerIds().stream().collect(Collectors.toMap(p -> p, p -> "P " + p));
    int files = new StubWriter(dir.resolve("src"), "bench.stubs").write(models, names);
    assertEquals(303, files);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null);
        Stream<Path> walk = Files.walk(dir.resolve("src"))) {
      List<java.io.File> sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile)
          .collect(Collectors.toList());
      boolean ok = javac.getTask(diagnostics, fileManager, null,
          List.of("-proc:none", "-d", dir.resolve("classes").toString(), "-classpath",
              System.getProperty("java.class.path")),
          null, fileManager.getJavaFileObjectsFromFiles(sources)).call();
      assertTrue(ok, diagnostics.toString());
    }
    assertTrue(Files.exists(dir.resolve("classes/bench/stubs/c" + generator.providerIds().get(0)
        .substring(2).replaceAll("[^a-z0-9]", "") + "/" + models.get(0).className() + ".class")));
  }

  @Test
  void stub_statesIdAliasesPricingAndPreset() {
    SyntheticModel model = new SyntheticCatalogGenerator(ModelsDevReader.readShipped(), 1, "x-")
        .generate(40, 3).stream().filter(m -> !m.aliases().isEmpty() && m.pricing().cachedInput() != null)
        .findFirst().orElseThrow();
    String source = new StubWriter(dir, "p").stub(model);
    assertTrue(source.contains("id = \"" + model.id() + "\""), source);
    assertTrue(source.contains("aliases = {\"" + model.aliases().get(0) + "\""), source);
    assertTrue(source.contains("cachedInputPerMillion = " + model.pricing().cachedInput()), source);
    assertTrue(source.contains("preset = CapabilityPreset." + model.preset().name()), source);
    assertTrue(source.contains("final class " + model.className() + " {}"), source);
  }

  @Test
  void literal_escapesQuotesBackslashesAndNonAscii() {
    assertEquals("\"a\\\"b\\\\c\\u00e9 d\"", StubWriter.literal("a\"b\\c\u00e9\nd"));
  }
}
