package dev.modelcatalog.runtime;

import static dev.modelcatalog.runtime.TestCatalogs.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The run-time layer's checks at their edges: the compiled model at ordinal 0 (the first of the first catalog),
 * keys held by run-time models, a normalized id two compiled models share, and a failed write that changes nothing.
 */
class OverlayEdgesTest {

  /** A registry of one compiled model, which is therefore ordinal 0. */
  private static ModelRegistry one(ModelDefinition compiled) {
    return ModelRegistry.of(new FixtureCatalog("acme", List.of(compiled)));
  }

  @Test
  void theCompiledModelAtOrdinalZero_holdsItsIdAndNormalizedId() {
    ModelDefinition alpha = model("alpha-model", "alpha-m");
    ModelRegistry registry = one(alpha);
    ModelConflictException byId = assertThrows(ModelConflictException.class,
        () -> registry.register(model("alpha-model")));
    assertEquals("alpha-model", byId.existingModelId());
    assertEquals("id", byId.field(), "the exact id, before its normalized form");
    ModelConflictException byForm = assertThrows(ModelConflictException.class,
        () -> registry.register(model("Alpha_Model")));
    assertEquals("normalized id", byForm.field());
    assertEquals("alpha-model", byForm.existingModelId());
    assertEquals(List.of(), registry.runtimeModels());
  }

  @Test
  void theCompiledModelAtOrdinalZero_canBeReplacedRemovedAndRestored() {
    ModelDefinition alpha = model("alpha-model", "alpha-m");
    ModelRegistry registry = one(alpha);
    ModelDefinition cheaper = alpha.toBuilder().pricing(1, 2).build();
    registry.replace(cheaper);
    assertSame(cheaper, registry.find("alpha-m").orElseThrow());
    assertTrue(registry.restoreCompiled("alpha-model"));
    assertSame(alpha, registry.find("alpha-model").orElseThrow());
    assertTrue(registry.remove("alpha-model"));
    assertEquals(Optional.empty(), registry.find("alpha-m"));
    assertTrue(registry.restoreCompiled("alpha-model"));
    assertSame(alpha, registry.find("alpha-m").orElseThrow());
  }

  @Test
  void keysHeldByRunTimeModels_nameTheirHolder() {
    ModelRegistry registry = one(model("alpha-model"));
    registry.register(model("run-a", "shared"));
    ModelConflictException alias = assertThrows(ModelConflictException.class,
        () -> registry.register(model("run-b", "shared")));
    assertEquals("run-a", alias.existingModelId());
    assertEquals("aliases[0]", alias.field());
    ModelConflictException form = assertThrows(ModelConflictException.class,
        () -> registry.register(model("Run_A")));
    assertEquals("run-a", form.existingModelId());
    assertEquals("normalized id", form.field());
  }

  @Test
  void aNormalizedIdTwoCompiledModelsShare_isTakenBySeveral() {
    ModelRegistry registry = ModelRegistry.of(new FixtureCatalog("acme",
        List.of(model("acme/model-x"), model("other/model-x"))));
    ModelConflictException e = assertThrows(ModelConflictException.class,
        () -> registry.register(model("MODEL_X")));
    assertEquals("model-x", e.key());
    assertEquals("several models", e.existingModelId());
  }

  @Test
  void replace_checksTheReplacementsOtherKeys_andChangesNothingWhenOneIsTaken() {
    ModelDefinition alpha = model("alpha-model");
    ModelDefinition beta = model("beta-model");
    ModelRegistry registry = ModelRegistry.of(new FixtureCatalog("acme", List.of(alpha, beta)));
    ModelConflictException e = assertThrows(ModelConflictException.class,
        () -> registry.replace(model("alpha-model", "beta-model")));
    assertEquals("beta-model", e.existingModelId());
    assertEquals("aliases[0]", e.field());
    assertSame(alpha, registry.find("alpha-model").orElseThrow());
    assertSame(beta, registry.find("beta-model").orElseThrow());
    assertEquals(List.of(), registry.runtimeModels());
  }

  @Test
  void replace_byARunTimeModelsAlias_replacesNothing() {
    ModelRegistry registry = one(model("alpha-model"));
    ModelDefinition runA = model("run-a", "run-alias");
    registry.register(runA);
    assertThrows(UnknownModelException.class, () -> registry.replace(model("run-alias")));
    assertSame(runA, registry.find("run-alias").orElseThrow());
    assertEquals(List.of(runA), registry.runtimeModels());
  }

  @Test
  void aRemovedCompiledModelsKeys_answerAsIfItHadNeverBeenDeclared() {
    // alpha-m was the removed model's alias, exactly; the run-time ALPHA_M normalizes to it. The exact key of a
    // hidden model must not stop the lookup: without the compiled model, alpha-m finds ALPHA_M.
    ModelRegistry registry = one(model("alpha-model", "alpha-m"));
    registry.remove("alpha-model");
    ModelDefinition taker = model("ALPHA_M");
    registry.register(taker);
    for (String query : List.of("alpha-m", "ALPHA_M", "alpha_m", "alpham")) {
      assertEquals(Optional.of(taker), registry.find(query), query);
    }
    assertEquals(Optional.empty(), registry.find("alpha-model"));
    assertEquals(Optional.empty(), registry.find("ALPHA_MODEL"), "the removed model's normalized id");
  }

  @Test
  void restoreCompiled_whenARunTimeModelHoldsTheNormalizedFormOfAnAlias_throwsNamingTheAlias() {
    ModelDefinition alpha = model("alpha-model", "alpha-m");
    ModelRegistry registry = one(alpha);
    registry.remove("alpha-model");
    ModelDefinition taker = model("ALPHA_M");
    registry.register(taker);
    ModelConflictException e = assertThrows(ModelConflictException.class,
        () -> registry.restoreCompiled("alpha-model"));
    assertEquals("aliases[0]", e.field());
    assertEquals("alpha-m", e.key());
    assertEquals("ALPHA_M", e.existingModelId());
    assertEquals(Optional.empty(), registry.find("alpha-model"), "still removed");
    assertSame(taker, registry.find("alpha-m").orElseThrow());
  }
}
