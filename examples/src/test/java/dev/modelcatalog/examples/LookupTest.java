package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The black-box check: the built-in catalog, compiled by the processor, is found on the class path. */
class LookupTest {

  private final ModelRegistry registry = ModelRegistry.loadDefault();

  @Test
  void loadDefault_findsTheBuiltInCatalogs() {
    assertTrue(registry.catalogs().size() >= 2, registry.catalogs().toString());
    assertTrue(registry.find("gpt-4o").orElseThrow().has(Capability.VISION));
    assertEquals("gpt-4o", registry.find("GPT_4O").orElseThrow().id());
    assertEquals("meta-llama/Llama-3.1-8B-Instruct", registry.find("llama-3.1-8b-instruct").orElseThrow().id());
  }

  @Test
  void run_knownIds_printsThemAndExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Lookup.run(registry, new String[] {"gpt4o"}, print(out), print(err));
    assertEquals(0, status);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("gpt4o -> gpt-4o"), text);
    assertTrue(text.contains("128,000 tokens"), text);
  }

  @Test
  void run_unknownId_exitsTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Lookup.run(registry, new String[] {"gpt-4o", "no-such-model-xyz"}, print(new ByteArrayOutputStream()),
        print(err));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-model-xyz"));
  }

  @Test
  void run_noArguments_isAUsageError() {
    assertEquals(1, Lookup.run(registry, new String[0], print(new ByteArrayOutputStream()),
        print(new ByteArrayOutputStream())));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
