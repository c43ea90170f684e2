package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Capability parsing, capability sets, prices and latency arithmetic. */
class ValuesTest {

  @Test
  void capabilityParse_acceptsEverySpelling() {
    for (String spelling : List.of("tool_calling", "toolCalling", "TOOL_CALLING", "tool-calling", " ToolCalling ")) {
      assertEquals(Capability.TOOL_CALLING, Capability.parse(spelling), spelling);
    }
    assertEquals(Capability.AUDIO_INPUT, Capability.parse("audio_input"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Capability.parse("telepathy"));
    assertTrue(e.getMessage().contains("telepathy"));
  }

  @Test
  void capabilities_behaveAsASetBackedByBits() {
    Capabilities caps = Capabilities.of(Capability.CHAT, Capability.VISION);
    assertEquals(EnumSet.of(Capability.CHAT, Capability.VISION), caps);
    assertEquals(caps, EnumSet.of(Capability.VISION, Capability.CHAT));
    assertEquals(2, caps.size());
    assertTrue(caps.has(Capability.VISION));
    assertFalse(caps.contains(Capability.REASONING));
    assertSame(caps, Capabilities.ofBits(caps.bits()));
    assertEquals(Set.of(Capability.CHAT), caps.without(Capability.VISION));
    assertThrows(IllegalArgumentException.class, () -> Capabilities.ofBits(1L << 62));
  }

  @Test
  void capabilities_equalOnlyWithTheSameMembers() {
    Capabilities chat = Capabilities.of(Capability.CHAT);
    assertFalse(chat.equals(Capabilities.of(Capability.VISION)));
    assertFalse(chat.equals(Capabilities.of(Capability.CHAT, Capability.VISION)));
    assertFalse(chat.equals(Set.of(Capability.VISION)), "as any Set: by members");
    assertTrue(chat.equals(EnumSet.of(Capability.CHAT)));
    assertEquals(EnumSet.of(Capability.CHAT).hashCode(), chat.hashCode(), "as any Set: the members' hashes");
    assertSame(Capabilities.ofBits(0), Capabilities.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Capabilities.ofBits(chat.bits() | 1L << 62));
    assertTrue(e.getMessage().contains("0x" + Long.toHexString(1L << 62)), e.getMessage());
  }

  @Test
  void cost_isExactDecimalArithmetic() {
    Pricing pricing = Pricing.builder().inputPerMillion(0.15).outputPerMillion(0.60).cachedInputPerMillion(0.075)
        .build();
    // 1,000,000 input of which 400,000 cached; 250,000 output:
    // 600,000 * 0.15 + 400,000 * 0.075 + 250,000 * 0.60 = 90,000 + 30,000 + 150,000 = 270,000 per million
    assertEquals(new BigDecimal("0.27000000"), pricing.cost(1_000_000, 250_000, 400_000));
    // Summing doubles would give 0.30000000000000004 here; BigDecimal.valueOf keeps 0.1 + 0.2 exact.
    Pricing tenths = Pricing.of(0.1, 0.2);
    assertEquals(new BigDecimal("0.30000000"), tenths.cost(1_000_000, 1_000_000));
    assertEquals("USD", pricing.currency());
  }

  @Test
  void pricing_equality_coversEveryOptionalPrice_andMakesNoDifferenceBetweenZeroAndNegativeZero() {
    Pricing plain = Pricing.of(1.0, 2.0);
    assertEquals(plain, Pricing.builder().inputPerMillion(1.0).outputPerMillion(2.0).build());
    assertEquals(plain.hashCode(), Pricing.of(1.0, 2.0).hashCode());
    List<Pricing> offering = List.of(
        plain.toBuilder().cachedInputPerMillion(0.5).build(),
        plain.toBuilder().cacheWritePerMillion(1.25).build(),
        plain.toBuilder().perImage(0.04).build(),
        plain.toBuilder().audioPerMinute(0.006).build(),
        plain.toBuilder().reasoningPerMillion(3.0).build(),
        plain.toBuilder().audioInputPerMillion(40.0).build(),
        plain.toBuilder().audioOutputPerMillion(80.0).build(),
        plain.toBuilder().perRequest(0.01).build(),
        plain.toBuilder().longContextThreshold(200_000).build(),
        plain.toBuilder().longContextThreshold(200_000).longContextInputPerMillion(2.0).build(),
        plain.toBuilder().longContextThreshold(200_000).longContextOutputPerMillion(4.0).build());
    for (int i = 0; i < offering.size(); i++) {
      Pricing p = offering.get(i);
      assertFalse(p.equals(plain) || plain.equals(p), p.toString());
      assertEquals(p, p.toBuilder().build(), "toBuilder keeps every price: " + p);
      for (int j = i + 1; j < offering.size(); j++) {
        assertFalse(p.equals(offering.get(j)), i + " vs " + j);
      }
    }
    assertEquals(plain.toBuilder().cachedInputPerMillion(0.0).build(),
        plain.toBuilder().cachedInputPerMillion(-0.0).build());
    // every optional price, not only the first four
    assertEquals(plain.toBuilder().reasoningPerMillion(0.0).audioInputPerMillion(0.0).audioOutputPerMillion(0.0)
        .perRequest(0.0).longContextThreshold(1_000).longContextInputPerMillion(0.0).longContextOutputPerMillion(0.0)
        .build(), plain.toBuilder().reasoningPerMillion(-0.0).audioInputPerMillion(-0.0).audioOutputPerMillion(-0.0)
        .perRequest(-0.0).longContextThreshold(1_000).longContextInputPerMillion(-0.0)
        .longContextOutputPerMillion(-0.0).build());
    assertEquals(Pricing.of(0.0, 2.0), Pricing.of(-0.0, 2.0));
  }

  @Test
  void pricing_negativeZeroOutputPrice_isZero() {
    assertEquals(Pricing.of(2.0, 0.0), Pricing.of(2.0, -0.0));
    assertEquals(Pricing.of(2.0, 0.0).hashCode(), Pricing.of(2.0, -0.0).hashCode());
  }

  @Test
  void pricing_cachedPriceAlone_isKept() {
    Pricing cached = Pricing.builder().inputPerMillion(1.0).outputPerMillion(2.0).cachedInputPerMillion(0.5).build();
    assertEquals(0.5, cached.cachedInputPerMillion().orElseThrow());
    assertEquals("Pricing[USD input=1.0/M, output=2.0/M, cachedInput=0.5/M]", cached.toString());
    assertEquals("Pricing[USD input=1.0/M, output=2.0/M]", Pricing.of(1.0, 2.0).toString());
    Pricing images = Pricing.builder().inputPerMillion(0).outputPerMillion(0).perImage(0.04).build();
    assertEquals("Pricing[USD input=0.0/M, output=0.0/M, perImage=0.04]", images.toString());
    Pricing tiered = Pricing.builder().inputPerMillion(1.25).outputPerMillion(10).perRequest(0.005)
        .longContextThreshold(200_000).longContextInputPerMillion(2.5).longContextOutputPerMillion(15).build();
    assertEquals("Pricing[USD input=1.25/M, output=10.0/M, perRequest=0.005, above 200000 input tokens: input=2.5/M,"
        + " output=15.0/M]", tiered.toString());
  }

  @Test
  void unitCosts_ofNothing_areZero_ofLessThanNothing_rejected() {
    Pricing pricing = Pricing.builder().inputPerMillion(1.0).outputPerMillion(2.0).perImage(0.04)
        .audioPerMinute(0.006).cacheWritePerMillion(1.25).build();
    assertEquals(0, BigDecimal.ZERO.compareTo(pricing.imageCost(0).orElseThrow()));
    assertEquals(0, BigDecimal.ZERO.compareTo(pricing.audioCost(BigDecimal.ZERO).orElseThrow()));
    assertEquals(0, BigDecimal.ZERO.compareTo(pricing.cacheWriteCost(0).orElseThrow()));
    assertThrows(IllegalArgumentException.class, () -> pricing.imageCost(-1));
    assertThrows(IllegalArgumentException.class, () -> pricing.audioCost(new BigDecimal("-0.5")));
    assertThrows(IllegalArgumentException.class, () -> pricing.cacheWriteCost(-1));
  }

  @Test
  void longContext_startsAboveTheThreshold() {
    Pricing pricing = Pricing.builder().inputPerMillion(1.0).outputPerMillion(2.0).longContextThreshold(200_000)
        .longContextInputPerMillion(2.0).build();
    assertFalse(pricing.isLongContext(200_000), "at the threshold");
    assertTrue(pricing.isLongContext(200_001));
    assertFalse(Pricing.of(1.0, 2.0).isLongContext(Long.MAX_VALUE), "no tier");
  }

  @Test
  void queryCurrency_threeLettersAToZ_inAnyCase() {
    assertEquals("AUD", Pricing.queryCurrency("currency", "aud"));
    assertEquals("ZAR", Pricing.queryCurrency("currency", " ZAR "));
    for (String notACode : List.of("@UD", "[AR", "ZA[", "US", "USDX", "U5D")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Pricing.queryCurrency("priceCurrency", notACode), notACode);
      assertTrue(e.getMessage().startsWith("priceCurrency: "), e.getMessage());
    }
  }

  @Test
  void cost_withoutCachedPrice_chargesInputPrice() {
    Pricing pricing = Pricing.of(2.0, 8.0);
    assertEquals(pricing.cost(1000, 0, 0), pricing.cost(1000, 0, 500));
  }

  @Test
  void cost_rejectsImpossibleCounts() {
    Pricing pricing = Pricing.of(1, 1);
    assertThrows(IllegalArgumentException.class, () -> pricing.cost(-1, 0, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pricing.cost(10, 0, 11));
    assertTrue(e.getMessage().startsWith("cachedInputTokens"));
  }

  @Test
  void latency_multipliersCompound() {
    LatencyProfile profile = LatencyProfile.of(0.3, 0.1, 0.05, 0.02);
    LatencyProfile.Timing ttft = profile.ttft(Set.of(Capability.VISION, Capability.REASONING));
    assertEquals(1.125, ttft.mean(), 1e-12);
    assertEquals(0.375, ttft.std(), 1e-12);
    LatencyProfile.Timing itl = profile.itl(Set.of());
    assertEquals(0.05, itl.mean(), 1e-12);
    assertEquals(0.02 * 1.2, profile.itl(Set.of(Capability.TOOL_CALLING)).std(), 1e-12);
  }
}
