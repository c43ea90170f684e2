package dev.modelcatalog.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry the fuzz and bounds tests query: the evaluation set's catalog of about a hundred real model ids
 * (routes, snapshots, fine-tune bases), plus run-time models with aliases, tags and capabilities, and one
 * compiled model removed.
 */
final class FuzzRegistries {

  /** Fuzz runs per target in the fuzzing profile; a normal build runs only the seeds. */
  static final long EXECUTIONS = 1_000_000;
  /** A ceiling on one target's fuzzing time, far above what a million executions need on a quiet machine. */
  static final String MAX_DURATION = "4h";

  private FuzzRegistries() {}

  /** A fresh registry of the evaluation catalog and the fixture models. */
  static ModelRegistry realistic() {
    Map<String, List<ModelDefinition>> byProvider = new LinkedHashMap<>();
    for (String[] row : rows("/discovery/catalog.tsv")) {
      byProvider.computeIfAbsent(row[1], p -> new ArrayList<>())
          .add(ModelDefinition.builder(row[0]).name(row[2]).provider(row[1]).contextWindow(8192).build());
    }
    ModelRegistry.Builder builder = ModelRegistry.builder();
    byProvider.forEach((provider, models) -> builder.addCatalogs(TestCatalogs.of(provider, models)));
    // Run-time models too, so lookups cross the overlay: aliases, tags, capabilities, a removed compiled model.
    ModelRegistry registry = builder.addDefinitions(
        ModelDefinition.builder("acme/house-chat-v2").provider("acme").contextWindow(32_000)
            .aliases("house-chat", "hc2").tags("internal", "chat").description("The house chat model").build(),
        ModelDefinition.builder("acme/house-embed").provider("acme")
            .preset(dev.modelcatalog.annotations.CapabilityPreset.EMBEDDINGS).contextWindow(8192).build())
        .build();
    registry.remove("gpt-4o-mini");
    return registry;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = FuzzRegistries.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
