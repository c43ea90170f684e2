package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deprecation, alternatives, capability reports, and registry events. */
class LifecycleAndEventsTest {

  private final ModelRegistry registry = Fixtures.registry();

  /** Records every event as text. */
  private static final class Recorder implements RegistryListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void modelAdded(ModelDefinition model) {
      events.add("added " + model.id());
    }

    @Override
    public void modelRemoved(ModelDefinition model) {
      events.add("removed " + model.id());
    }

    @Override
    public void modelReplaced(ModelDefinition previous, ModelDefinition current) {
      events.add("replaced " + previous.id() + " (" + previous.contextWindow() + " -> " + current.contextWindow()
          + ")");
    }

    @Override
    public void modelAutoCreated(ModelDefinition model) {
      events.add("auto-created " + model.id());
    }

    @Override
    public void routeAdded(Route route) {
      events.add("route " + route.platform() + " " + route.model().orElseThrow());
    }
  }

  @Test
  void alternatives_deprecatedModel_replacementFirstThenClosest() {
    // gpt-3.5-turbo has the CHAT preset. Supersets among active models: gpt-4o-mini (its replacement), mixtral
    // (one extra: moe), gpt-4o and claude (two extra: vision, structured outputs; openai's own first).
    assertEquals(List.of("gpt-4o-mini", "mixtral-8x7b", "gpt-4o", "claude-3-5-sonnet"),
        registry.alternatives("gpt-3.5-turbo").stream().map(ModelDefinition::id).collect(Collectors.toList()));
  }

  @Test
  void alternatives_neverListDeprecatedModelsOrTheModelItself() {
    List<String> ids = registry.alternatives("gpt-4o-mini").stream().map(ModelDefinition::id)
        .collect(Collectors.toList());
    assertEquals(List.of("gpt-4o", "claude-3-5-sonnet"), ids);
  }

  @Test
  void alternatives_unknownModel_throws() {
    assertThrows(UnknownModelException.class, () -> registry.alternatives("no-such-model"));
  }

  @Test
  void capabilities_reportsLimitsFlagsModalitiesAndFeatures() {
    CapabilityReport report = registry.capabilities("gpt-4o");
    assertEquals("gpt-4o", report.model());
    assertEquals(128_000, report.contextWindow());
    assertEquals(16_384, report.maxCompletionTokens());
    assertEquals(true, report.capabilities().get("vision"));
    assertEquals(true, report.capabilities().get("function_calling"));
    assertEquals(false, report.capabilities().get("reasoning"));
    assertEquals(List.of("streaming", "function_calling", "vision", "audio_input", "audio_output", "reasoning",
        "structured_output", "predicted_outputs", "fine_tuning", "batch_processing"),
        List.copyOf(report.capabilities().keySet()));
    assertEquals(List.of(Modality.TEXT, Modality.IMAGE), List.copyOf(report.inputModalities()));
    assertTrue(report.supportedFeatures().containsAll(List.of("temperature", "logprobs", "tools",
        "response_format")));
    assertEquals(false, report.supportedFeatures().contains("reasoning_effort"));
  }

  @Test
  void capabilities_unknownModel_throws() {
    assertThrows(UnknownModelException.class, () -> registry.capabilities("no-such-model"));
  }

  @Test
  void events_registerReplaceRemove_reachListenersInOrder() {
    Recorder recorder = new Recorder();
    registry.addListener(recorder);
    registry.register(Fixtures.acmeVision());
    registry.replace(Fixtures.GPT_4O.toBuilder().contextWindow(64_000).maxOutputTokens(4_096).build());
    registry.remove("gpt-4o-2024-08-06");
    registry.registerAll(List.of(ModelDefinition.builder("a").contextWindow(10).build(),
        ModelDefinition.builder("b").contextWindow(10).build()));
    registry.addRoute(Route.builder("openrouter").model("a").build());
    ModelDefinition created = registry.getOrCreate("house-model-70b");
    registry.getOrCreate("house-model-70b");
    assertEquals(List.of("added acme-vision", "replaced gpt-4o (128000 -> 64000)", "removed gpt-4o", "added a",
        "added b", "route openrouter a", "auto-created " + created.id()), recorder.events, "one event per model");
  }

  @Test
  void events_failedWrite_firesNothing() {
    Recorder recorder = new Recorder();
    registry.addListener(recorder);
    assertThrows(ModelConflictException.class, () -> registry.register(Fixtures.GPT_4O));
    assertEquals(false, registry.remove("no-such-model"));
    assertEquals(List.of(), recorder.events);
  }

  @Test
  void events_defaults_reportAutoCreationAndReplacementAsAddsAndRemoves() {
    List<String> seen = new ArrayList<>();
    registry.addListener(new RegistryListener() {
      @Override
      public void modelAdded(ModelDefinition model) {
        seen.add("added " + model.id());
      }

      @Override
      public void modelRemoved(ModelDefinition model) {
        seen.add("removed " + model.id());
      }
    });
    String created = registry.getOrCreate("house-model-8b").id();
    registry.replace(Fixtures.O1.toBuilder().description("updated").build());
    assertEquals(List.of("added " + created, "removed o1", "added o1"), seen);
  }

  @Test
  void events_failingListener_doesNotStopOthersOrUndoTheWrite() {
    Recorder recorder = new Recorder();
    List<Throwable> reported = new ArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
    Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
    try {
      registry.addListener(new RegistryListener() {
        @Override
        public void modelAdded(ModelDefinition model) {
          throw new IllegalStateException("listener bug");
        }
      });
      registry.addListener(recorder);
      registry.register(Fixtures.acmeVision());
    } finally {
      Thread.currentThread().setUncaughtExceptionHandler(previous);
    }
    assertEquals(List.of("added acme-vision"), recorder.events);
    assertEquals(1, reported.size());
    assertTrue(registry.contains("acme-vision"));
  }

  @Test
  void removeListener_stopsEvents() {
    Recorder recorder = new Recorder();
    registry.addListener(recorder);
    assertTrue(registry.removeListener(recorder));
    registry.register(Fixtures.acmeVision());
    assertEquals(List.of(), recorder.events);
  }

  @Test
  void putAll_replacesExistingAndAddsNew_allOrNothing() {
    Recorder recorder = new Recorder();
    registry.addListener(recorder);
    ModelDefinition clash = ModelDefinition.builder("clash").aliases("gpt-4o-mini").contextWindow(10).build();
    assertThrows(ModelConflictException.class, () -> registry.putAll(List.of(Fixtures.acmeVision(), clash)));
    assertEquals(false, registry.contains("acme-vision"));
    registry.putAll(List.of(Fixtures.acmeVision(), Fixtures.O1.toBuilder().contextWindow(150_000).build()));
    assertEquals(150_000, registry.find("o1").orElseThrow().contextWindow());
    assertEquals(List.of("added acme-vision", "replaced o1 (200000 -> 150000)"), recorder.events);
  }

  /** One id twice in a batch is refused before anything changes: it would be announced as added twice. */
  @Test
  void batches_withOneIdTwice_areRefused_andChangeNothing() {
    Recorder recorder = new Recorder();
    registry.addListener(recorder);
    ModelDefinition first = ModelDefinition.builder("acme/e1").contextWindow(10).build();
    ModelDefinition second = first.toBuilder().aliases("ee").build();
    List<ModelDefinition> twice = List.of(Fixtures.acmeVision(), first, second);
    IllegalArgumentException put = assertThrows(IllegalArgumentException.class, () -> registry.putAll(twice));
    assertEquals("models[2]: id 'acme/e1' is also models[1]'s; a batch puts each id once", put.getMessage());
    IllegalArgumentException check = assertThrows(IllegalArgumentException.class, () -> registry.checkPutAll(twice));
    assertEquals(put.getMessage(), check.getMessage());
    IllegalArgumentException apply = assertThrows(IllegalArgumentException.class,
        () -> registry.applyChanges(twice, List.of("o1")));
    assertTrue(apply.getMessage().startsWith("put[2]: id 'acme/e1' is also put[1]'s"), apply.getMessage());
    assertEquals(false, registry.contains("acme-vision"));
    assertTrue(registry.contains("o1"));
    assertEquals(List.of(), recorder.events);
  }
}
