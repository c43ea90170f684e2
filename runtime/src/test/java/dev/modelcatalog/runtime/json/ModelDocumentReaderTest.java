package dev.modelcatalog.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Presets;
import dev.modelcatalog.runtime.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading model documents: accepted shapes, and every kind of problem reported under its JSON path. */
class ModelDocumentReaderTest {

  private static List<String> paths(InvalidCatalogDocumentException e) {
    return e.problems().stream().map(Problem::field).collect(Collectors.toList());
  }

  private static List<String> codes(InvalidCatalogDocumentException e) {
    return e.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  @Test
  void read_referenceStyleModel_appliesFlagsOnThePreset() {
    ModelDefinition model = ModelDocumentReader.read("[{\"id\":\"custom/my-model\",\"name\":\"My Custom Model\","
        + "\"provider\":\"custom\",\"context_window\":8192,\"supports_streaming\":true,"
        + "\"supports_fine_tuning\":true,\"supports_vision\":false}]", "test").get(0);
    assertEquals("custom/my-model", model.id());
    assertEquals("custom", model.ownedBy());
    assertEquals(8192, model.contextWindow());
    assertTrue(model.has(Capability.CHAT));
    assertTrue(model.has(Capability.FINE_TUNABLE)); // the reference's name for fineTunable
    assertEquals(false, model.has(Capability.VISION));
  }

  @Test
  void read_listResponseAndModelsObject_areAccepted() {
    String model = "{\"id\":\"m\",\"context_window\":10}";
    assertEquals(1, ModelDocumentReader.read("{\"object\":\"list\",\"data\":[" + model + "]}", "t").size());
    assertEquals(1, ModelDocumentReader.read("{\"models\":[" + model + "]}", "t").size());
  }

  @Test
  void read_capabilityList_isTheExactSet() {
    ModelDefinition model = ModelDocumentReader.read("[{\"id\":\"e\",\"context_window\":10,"
        + "\"capabilities\":[\"embeddings\",\"batch\"]}]", "t").get(0);
    assertEquals(List.of(Capability.EMBEDDINGS, Capability.BATCH), List.copyOf(model.capabilities()));
  }

  @Test
  void read_invalidDocument_listsEveryProblemByJsonPath() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\":\"fine-1\",\"context_window\":4096},"
            + "{\"id\":\"bad context\",\"context_window\":-5},"
            + "{\"id\":\"bad-2\",\"context_window\":1000,\"capabilitiez\":[\"chat\"]},"
            + "{\"id\":\"bad-3\",\"context_window\":1000,\"pricing\":{\"input_per_million\":-1,"
            + "\"output_per_million\":2}},"
            + "{\"id\":\"bad-4\",\"context_window\":\"big\",\"moe\":{\"total_params\":10}}]", "doc"));
    assertEquals(List.of("$[1].id", "$[1].context_window", "$[2].capabilitiez", "$[3].pricing.input_per_million",
        "$[4].context_window", "$[4].moe.active_params", "$[4].moe.num_experts", "$[4].moe.experts_per_token"),
        paths(e));
    assertEquals(List.of("id-whitespace", "context-window-not-positive", "unknown-field", "price-negative",
        "wrong-type", "missing-field", "missing-field", "missing-field"), codes(e));
    assertTrue(e.problems().get(2).message().contains("did you mean 'capabilities'"), e.getMessage());
    assertEquals("doc", e.source());
  }

  /** A document that leaves the context window out, or sets it null, is told so, not that it wrote 0. */
  @Test
  void read_contextWindowMissingOrNull_isMissingField() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\":\"a\"},{\"id\":\"b\",\"context_window\":null}]", "t"));
    assertEquals(List.of("$[0].context_window", "$[1].context_window"), paths(e));
    assertEquals(List.of("missing-field", "missing-field"), codes(e));
    assertTrue(e.problems().get(0).message().startsWith("is missing; every model states its context window"),
        e.getMessage());
    assertTrue(e.problems().get(1).message().startsWith("is null;"), e.getMessage());
  }

  @Test
  void read_ruleProblemsOfNestedFields_mapToSnakeCasePaths() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("{\"data\":[{\"id\":\"m\",\"context_window\":100,\"max_output_tokens\":200,"
            + "\"aliases\":[\"ok\",\"m\"],\"latency\":{\"ttft_mean\":-1,\"tool_calling\":0.5},"
            + "\"capabilities\":{\"parallel_tool_calls\":true,\"tool_calling\":false}}]}", "t"));
    assertEquals(List.of("$.data[0].aliases[1]", "$.data[0].max_output_tokens", "$.data[0].latency.ttft_mean",
        "$.data[0].latency.tool_calling", "$.data[0].capabilities.parallel_tool_calls"), paths(e));
  }

  @Test
  void read_duplicateIdsInDocument_areReported() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\":\"Model-A\",\"context_window\":10},"
            + "{\"id\":\"b\",\"aliases\":[\"model_a\"],\"context_window\":10}]", "t"));
    assertEquals(List.of("$[1].aliases[0]"), paths(e));
    assertEquals(List.of("duplicate-id"), codes(e));
  }

  @Test
  void read_syntaxError_isOneProblemAtTheRoot() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\": \"m\", ", "t"));
    assertEquals(List.of("json-syntax"), codes(e));
    assertEquals(List.of("$"), paths(e));
    assertEquals("is not valid JSON: Unexpected end-of-input within/between Object entries at line 1, column 14",
        e.problems().get(0).message());
    InvalidCatalogDocumentException unclosed = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\": \"m\"}", "t"));
    assertEquals("is not valid JSON: Unexpected end-of-input: expected close marker for Array (start marker at"
        + " line 1, column 1) at line 1, column 13", unclosed.problems().get(0).message());
  }

  /** Two documents run together, or an append cut short, are refused whole, not read up to the first value. */
  @Test
  void read_contentAfterTheDocument_isASyntaxProblem() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\":\"a\",\"context_window\":10}]\n[{\"id\":\"b\"", "t"));
    assertEquals(List.of("json-syntax"), codes(e));
    assertEquals("is not valid JSON: more content ('[') after the document's value; a document is one JSON value"
        + " at line 2, column 1", e.problems().get(0).message());
    InvalidCatalogDocumentException text = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[] \"x\"", "t"));
    assertTrue(text.problems().get(0).message().startsWith("is not valid JSON: more content (a string)"),
        text.getMessage());
    assertEquals(List.of(), ModelDocumentReader.read("[]  \n", "t"));
  }

  @Test
  void read_fieldNamedTwiceInOneObject_isASyntaxProblem_notOneValueSilentlyTaken() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\": \"m\", \"context_window\": 10,\n \"context_window\": 20}]", "t"));
    assertEquals(List.of("json-syntax"), codes(e));
    String message = e.problems().get(0).message();
    assertTrue(message.contains("Duplicate field 'context_window'") && message.contains("line 2"), message);
  }

  @Test
  void read_notAList_isRejected() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("{\"id\":\"m\"}", "t"));
    assertEquals(List.of("document-shape"), codes(e));
  }

  @Test
  void read_unknownEnumValue_suggestsTheClosest() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[{\"id\":\"m\",\"context_window\":10,\"preset\":\"visoin\"}]", "t"));
    assertEquals(List.of("$[0].preset"), paths(e));
    assertTrue(e.getMessage().contains("did you mean 'vision'"), e.getMessage());
  }
  @Test
  void read_badCapabilitiesModalitiesAndEntries_listedByJsonPath() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> ModelDocumentReader.read("[1,"
            + "{\"id\":\"b\",\"context_window\":10,\"capabilities\":[\"chat\",5,\"telepathy\"]},"
            + "{\"id\":\"c\",\"context_window\":10,\"capabilities\":\"chat\"},"
            + "{\"id\":\"d\",\"context_window\":10,\"capabilities\":{\"visoin\":true}},"
            + "{\"id\":\"e\",\"context_window\":10,\"modalities\":{\"input\":[\"text\",\"smell\"]}}]",
            "doc"));
    assertEquals(List.of("model-not-object@$[0]", "wrong-type@$[1].capabilities[1]",
        "unknown-capability@$[1].capabilities[2]", "wrong-type@$[2].capabilities",
        "unknown-capability@$[3].capabilities.visoin", "unknown-value@$[4].modalities.input[1]"),
        e.problems().stream().map(p -> p.code() + "@" + p.field()).toList());
    assertTrue(e.problems().get(4).message().contains("did you mean 'vision'"), e.getMessage());
  }

  @Test
  void read_latencyPreset_givesWhatTheObjectLeavesOut() {
    ModelDefinition stated = ModelDocumentReader.read("[{\"id\":\"r\",\"context_window\":10,"
        + "\"latency\":{\"preset\":\"reasoning\",\"ttft_mean\":3.5}}]", "t").get(0);
    LatencyProfile reasoning = Presets.latency(LatencyPreset.REASONING);
    assertEquals(3.5, stated.latency().ttftMean());
    assertEquals(reasoning.itlMean(), stated.latency().itlMean());
    assertEquals(reasoning.ttftStd(), stated.latency().ttftStd());
    ModelDefinition unstated = ModelDocumentReader.read("[{\"id\":\"m\",\"context_window\":10,"
        + "\"latency\":{\"ttft_mean\":0.5}}]", "t").get(0);
    assertEquals(Presets.latency(LatencyPreset.MEDIUM).itlMean(), unstated.latency().itlMean(), "medium by default");
  }

  @Test
  void read_moeArchitecture_statedOrSparse() {
    String moe = "\"total_params\":400000000000,\"active_params\":17000000000,\"num_experts\":128,"
        + "\"experts_per_token\":1";
    ModelDefinition hybrid = ModelDocumentReader.read("[{\"id\":\"h\",\"context_window\":10,\"moe\":{" + moe
        + ",\"architecture\":\"hybrid\"}}]", "t").get(0);
    assertEquals(MoEArchitecture.HYBRID, hybrid.moe().orElseThrow().architecture());
    ModelDefinition sparse = ModelDocumentReader.read("[{\"id\":\"s\",\"context_window\":10,\"moe\":{" + moe
        + "}}]", "t").get(0);
    assertEquals(MoEArchitecture.SPARSE, sparse.moe().orElseThrow().architecture());
  }
}
