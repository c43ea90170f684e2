package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The small value types: what each answers for values left unstated, zero, or given in another case. */
class ValueDefaultsTest {

  /** MoE values are checked by the rules when a definition is built; the derived figures never divide by zero. */
  @Test
  void moe_derivedFigures_ofZeroCounts_areZero() {
    MoEConfig none = MoEConfig.sparse(0, 0, 0, 0);
    assertEquals(0.0, none.activationRatio());
    assertEquals(0, none.expertSizeParams());
    MoEConfig mixtral = MoEConfig.sparse(46_700_000_000L, 12_900_000_000L, 8, 2);
    assertEquals(12.9 / 46.7, mixtral.activationRatio(), 1e-12);
    assertEquals(5_837_500_000L, mixtral.expertSizeParams());
  }

  @Test
  void platform_unstatedFields_takeTheirDefaults() {
    Platform bare = new Platform("house", null, null, null, null, null);
    assertEquals("house", bare.name());
    assertEquals("", bare.baseUrl());
    assertEquals("", bare.docsUrl());
    assertEquals(AuthType.API_KEY, bare.authType());
    assertEquals(RouteStatus.ACTIVE, bare.status());
    assertEquals("house", new Platform("house", "", "", "", null, null).name());
    Platform stated = new Platform("house", "House", "https://llm.example.com", "https://docs.example.com",
        AuthType.API_KEY, RouteStatus.BETA);
    assertEquals("House", stated.name());
    assertEquals("https://llm.example.com", stated.baseUrl());
    assertEquals("https://docs.example.com", stated.docsUrl());
  }

  @Test
  void modality_inputCapabilities_ofVideoAndPdf() {
    assertEquals(Capabilities.of(Capability.VIDEO), Modality.VIDEO.inputCapabilities());
    assertEquals(Capabilities.NONE, Modality.PDF.inputCapabilities(), "PDF input is vision plus a tag");
  }

  @Test
  void architecture_ofParameters_statesOnlyThem() {
    ModelArchitecture seven = ModelArchitecture.ofParameters(7_000_000_000L);
    assertEquals(OptionalLong.of(7_000_000_000L), seven.statedParameters());
    assertFalse(seven.isEmpty());
    assertTrue(ModelArchitecture.NONE.isEmpty());
    assertEquals(Optional.empty(), seven.statedFamily());
    assertEquals(Optional.of(ArchitectureFamily.TRANSFORMER),
        new ModelArchitecture(0, 0, 0, 0, ArchitectureFamily.TRANSFORMER).statedFamily());
  }

  @Test
  void status_parse_anyCaseAndSurroundingSpace_andNothingElse() {
    assertEquals(ModelStatus.BETA, ModelStatus.parse(" Beta "));
    assertEquals(ModelStatus.RETIRED, ModelStatus.parse("RETIRED"));
    for (String bad : new String[] {null, "", "sleeping"}) {
      assertEquals("status: '" + bad + "' is no status; expected one of alpha, beta, active, deprecated, retired",
          assertThrows(IllegalArgumentException.class, () -> ModelStatus.parse(bad)).getMessage());
    }
  }

  /** Limits that state no input limit leave the context window as the prompt's limit. */
  @Test
  void maxInputTokens_withoutAStatedInputLimit_isTheContextWindow() {
    ModelDefinition images = ModelDefinition.builder("acme/see").ownedBy("acme").contextWindow(32_000)
        .capability(Capability.VISION, true).limits(new RequestLimits(0, 4, 0)).build();
    assertEquals(32_000, images.maxInputTokens());
    ModelDefinition stated = images.toBuilder().limits(new RequestLimits(30_000, 4, 0)).build();
    assertEquals(30_000, stated.maxInputTokens());
  }

  /** Lineage, lifecycle dates and links take part in equality, as every stated fact does. */
  @Test
  void definitions_differingOnlyInALinkOrLineage_areNotEqual() {
    ModelDefinition.Builder base = ModelDefinition.builder("acme/one").ownedBy("acme").contextWindow(8_192)
        .docsUrl("https://docs.example.com/one").replacement("acme/two");
    ModelDefinition first = base.build();
    ModelDefinition same = base.build();
    assertEquals(first, same);
    assertEquals(first.hashCode(), same.hashCode());
    assertNotEquals(first, base.docsUrl("https://docs.example.com/other").build());
    assertNotEquals(first, first.toBuilder().replacement("acme/three").build());
    assertTrue(first.toString().startsWith("ModelDefinition[acme/one, ownedBy=acme, context=8192"),
        first.toString());
  }
}
