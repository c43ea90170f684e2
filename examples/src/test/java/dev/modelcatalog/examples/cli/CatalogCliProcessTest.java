package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.ModelJson;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a separate process, as scripts run it: its real exit status and output. */
class CatalogCliProcessTest {

  @TempDir static Path dir;
  private static Path models;

  @BeforeAll
  static void writeModels() throws IOException {
    ArrayNode array = ModelJson.MAPPER.createArrayNode();
    // Only models the built-in catalog on the class path does not already hold: the tool refuses a clash.
    ModelRegistry builtIn = ModelRegistry.builder().addClassPathCatalogs().autoCreate(false).build();
    SampleCatalog.models().stream().filter(m -> m.ownedBy().equals("mistral") || m.ownedBy().equals("anthropic"))
        .filter(m -> !builtIn.contains(m.id()))
        .forEach(m -> array.add(ModelJson.toDetailedJson(m)));
    models = dir.resolve("models.json");
    ModelJson.MAPPER.writeValue(models.toFile(), array);
  }

  /** Exit status and standard output of {@code java -cp <test class path> CatalogCli args...}. */
  private static Result run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CatalogCli.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the tool did not exit");
    return new Result(process.exitValue(), output);
  }

  private record Result(int status, String output) {}

  @Test
  void knownModel_exitsZero() throws Exception {
    Result result = run("--models", models.toString(), "claude-3.5-sonnet");
    assertEquals(0, result.status(), result.output());
    assertTrue(result.output().contains("claude-3.5-sonnet -> claude-3-5-sonnet"), result.output());
  }

  @Test
  void unknownModel_exitsTwo() throws Exception {
    Result result = run("get", "--models", models.toString(), "no-such-model-xyz");
    assertEquals(2, result.status(), result.output());
    assertTrue(result.output().contains("unknown model 'no-such-model-xyz'"));
  }

  @Test
  void unknownOption_exitsOne() throws Exception {
    Result result = run("list", "--no-such-option");
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("Unknown option"), result.output());
  }

  @Test
  void jsonOutput_isParseable() throws Exception {
    Result result = run("list", "--json", "--models", models.toString(), "--moe");
    assertEquals(0, result.status(), result.output());
    String json = result.output().substring(result.output().indexOf('{'));
    assertTrue(ModelJson.MAPPER.readTree(json).get("data").toString().contains("Mixtral"), json);
  }

  @Test
  void modelsFileMissing_exitsOne() throws Exception {
    Result result = run("get", "--models", dir.resolve("missing.json").toString(), "gpt-4o");
    assertEquals(1, result.status(), result.output());
    assertTrue(Files.notExists(dir.resolve("missing.json")));
  }
}
