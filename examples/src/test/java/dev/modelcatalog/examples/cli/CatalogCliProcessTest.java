package dev.modelcatalog.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.json.ModelJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a separate process, as scripts run it: its real exit status and output. */
class CatalogCliProcessTest {

  @TempDir static Path dir;
  private static Path models;
  private Process server;

  @BeforeAll
  static void writeModels() throws IOException {
    // Only models the built-in catalog on the class path does not already hold: the tool refuses a clash.
    ModelRegistry builtIn = ModelRegistry.builder().addClassPathCatalogs().autoCreate(false).build();
    List<ModelDefinition> chosen = SampleCatalog.models().stream()
        .filter(m -> m.ownedBy().equals("mistral") || m.ownedBy().equals("anthropic"))
        .filter(m -> !builtIn.contains(m.id())).toList();
    models = dir.resolve("models.json");
    Files.writeString(models, ModelJson.writePretty(ModelJson.list(chosen, ModelJson::toDetailedJson)));
  }

  /** Exit status and standard output of {@code java -cp <test class path> CatalogCli args...}. */
  private static Result run(String... args) throws Exception {
    return runJvm(List.of(), args);
  }

  /** The same, with these options for the JVM. */
  private static Result runJvm(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CatalogCli.class.getName()));
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

  /**
   * A table needs no JSON library: the README's first command does not start Jackson's {@code ObjectMapper},
   * which took about a third of its time. The class-loading log shows it; {@code --json} does start it.
   */
  @Test
  void tableLookup_doesNotStartJackson() throws Exception {
    String mapper = "com.fasterxml.jackson.databind.ObjectMapper ";
    Result table = runJvm(List.of("-Xlog:class+load=info:stdout"), "gpt4o");
    assertEquals(0, table.status(), table.output());
    assertTrue(table.output().contains("gpt4o -> gpt-4o"), table.output());
    assertFalse(table.output().contains(mapper), "a table started Jackson");
    Result json = runJvm(List.of("-Xlog:class+load=info:stdout"), "get", "--json", "gpt4o");
    assertEquals(0, json.status());
    assertTrue(json.output().contains(mapper), "the log does not show the mapper, so the check above proves nothing");
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
    assertTrue(RegistryJson.MAPPER.readTree(json).get("data").toString().contains("Mixtral"), json);
  }

  @Test
  void modelsFileMissing_exitsOne() throws Exception {
    Result result = run("get", "--models", dir.resolve("missing.json").toString(), "gpt-4o");
    assertEquals(1, result.status(), result.output());
    assertTrue(Files.notExists(dir.resolve("missing.json")));
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void serve_noAccessLog_answersHttpAndStopsOnSigterm() throws Exception {
    BufferedReader err = serve("--no-access-log", "--state", dir.resolve("state.json").toString());
    String url = addressFrom(err);
    String next = err.readLine();
    assertTrue(next != null && next.matches("warmed up in \\d+ ms"), "then it warms up: " + next);
    assertClaudeAnswers(url);
    server.destroy();
    assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    assertEquals("", Files.readString(dir.resolve("serve.out")), "--no-access-log prints no access log");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void serve_noWarmUp_answersWithoutWarmingUp() throws Exception {
    // Standard error to a file, read whole once the server has stopped (stopping it closes the pipe).
    Path errFile = dir.resolve("serve-no-warm-up.err");
    server = serveProcess(Redirect.to(errFile.toFile()), "--no-access-log", "--no-warm-up");
    String url = null;
    while (url == null) {
      Thread.sleep(50);
      Matcher m = Pattern.compile("serving \\d+ models on (http://\\S+)").matcher(Files.readString(errFile));
      url = m.find() ? m.group(1) : null;
    }
    assertClaudeAnswers(url);
    server.destroy();
    assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    String err = Files.readString(errFile);
    assertFalse(err.contains("warmed up"), err);
    assertTrue(err.startsWith("serving 60 models on http://127.0.0.1:") && !err.contains("INFO"),
        "no library's INFO lines around the server's own: " + err);
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void serve_tokenTooShort_exitsOneNamingTheVariable_beforeListening() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CatalogCli.class.getName(), "serve", "--port", "0"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put(ServeCommand.TOKEN_VARIABLE, "short");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, process.exitValue(), output);
    assertTrue(output.startsWith("error: MODELCATALOG_ADMIN_TOKEN: at least 16 characters, got 5\n"), output);
    assertFalse(output.contains("serving"), output);
  }

  /** Starts {@code serve} on a free port with the test's models; its standard error, to read the address from. */
  private BufferedReader serve(String... options) throws IOException {
    server = serveProcess(Redirect.PIPE, options);
    return new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
  }

  /** {@code serve} on a free port with the test's models, standard output to {@code serve.out}. */
  private static Process serveProcess(Redirect err, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CatalogCli.class.getName(), "serve", "--port", "0",
        "--models", models.toString()));
    command.addAll(List.of(options));
    return new ProcessBuilder(command).redirectOutput(dir.resolve("serve.out").toFile()).redirectError(err).start();
  }

  /**
   * Reads up to the line that names the address. The server writes one line more, when its warm-up ends, and
   * nothing else until it stops.
   */
  private static String addressFrom(BufferedReader err) throws IOException {
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = Pattern.compile("serving \\d+ models on (http://\\S+)").matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("the server never said where it listens");
  }

  private static void assertClaudeAnswers(String url) throws Exception {
    HttpResponse<String> reply = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/v1/models/claude-3.5-sonnet")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reply.statusCode(), reply.body());
    assertTrue(reply.body().contains("\"id\":\"claude-3-5-sonnet\""), reply.body());
  }

  @Test
  void import_modelsDev_writesAStubPerModelAndTheReport() throws Exception {
    Path source = Path.of(CatalogCliProcessTest.class.getResource("/import/models-dev-small.json").toURI());
    Path out = dir.resolve("imported");
    Result result = run("import", source.toString(), "--output", out.toString(), "--package",
        "com.example.models", "--now", "1767225600", "--json");
    assertEquals(0, result.status(), result.output());
    JsonNode summary = RegistryJson.MAPPER.readTree(result.output().substring(result.output().indexOf('{')));
    assertEquals("models.dev", summary.get("format").asText());
    assertEquals(5, summary.get("source_entries").asInt(), "two providers of one model, three of another");
    assertEquals(summary.get("stubs").size(), summary.get("models").asInt());
    assertTrue(summary.get("routes").asInt() >= 1, "the same model from a second provider is a route");
    summary.get("stubs").properties().forEach(stub -> {
      Path file = out.resolve(stub.getValue().asText().replace('.', '/') + ".java");
      assertTrue(Files.isRegularFile(file), "no stub for " + stub.getKey() + " at " + file);
    });
    assertTrue(Files.readString(out.resolve("import-report.md")).contains("models.dev"));
  }

  @Test
  void import_notACatalog_exitsOneNamingTheFile() throws Exception {
    Path source = Path.of(CatalogCliProcessTest.class.getResource("/import/not-a-catalog.json").toURI());
    Result result = run("import", source.toString(), "--output", dir.resolve("nothing").toString());
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("is not a models.dev catalog"), result.output());
    assertTrue(!result.output().contains("\tat "), "no stack trace: " + result.output());
  }

  @Test
  void import_missingFile_exitsOne() throws Exception {
    Result result = run("import", dir.resolve("absent.json").toString(), "--output", dir.toString());
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("cannot read"), result.output());
  }

  /** A server process outlives a failed or timed-out test only until here. */
  @AfterEach
  void stopServer() {
    if (server != null) {
      server.destroyForcibly();
      server = null;
    }
  }
}
