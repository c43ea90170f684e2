package dev.modelcatalog.benchmarks.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelcatalog.runtime.ModelDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCatalogWriterTest {

  @TempDir
  Path dir;

  @Test
  void write_everyModelWithItsValues() throws IOException {
    List<ModelDefinition> definitions = new ArrayList<>();
    for (SyntheticModel model : new SyntheticCatalogGenerator(ModelsDevReader.readShipped(), 2, "j-")
        .generate(50, 5)) {
      definitions.add(Definitions.of(model));
    }
    Path file = dir.resolve("out/models.json");
    new JsonCatalogWriter().write(definitions, file);

    JsonNode array = new ObjectMapper().readTree(file.toFile());
    assertEquals(50, array.size());
    for (int i = 0; i < definitions.size(); i++) {
      ModelDefinition expected = definitions.get(i);
      JsonNode node = array.get(i);
      assertEquals(expected.id(), node.get("id").asText());
      assertEquals(expected.contextWindow(), node.get("context_window").asInt());
      assertEquals(expected.capabilities().size(), node.get("capabilities").size());
      assertEquals(expected.aliases().size(), node.get("aliases").size());
      assertEquals(expected.pricing().orElseThrow().inputPerMillion(),
          node.get("pricing").get("input_per_million").asDouble());
      assertEquals(expected.latency().ttftMean(), node.get("latency").get("ttft_mean").asDouble());
    }
  }
}
