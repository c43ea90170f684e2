package dev.modelcatalog.processor;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.annotations.MoEArchitecture;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws batches of {@link RandomStub}s. Every attribute takes a boundary value about a third of the time
 * (0, -1, the type's extremes, NaN, the infinities, empty, 10,000-character and non-ASCII strings, control
 * characters), else an ordinary one. Each boundary drawn is recorded under a label, so the test can check that
 * all of them were exercised.
 *
 * <p>Collisions between stubs of one batch are avoided by construction, so each stub's verdict depends on its own
 * values only: an id or alias that passes the id syntax gets a suffix unique in the batch, and references name
 * nothing, the stub itself, an earlier stub, a batch-wide anchor model or a model that exists nowhere.
 */
final class RandomStubs {

  static final String TEN_THOUSAND = "x".repeat(10_000);
  private static final String[] TEXT = {"", " ", TEN_THOUSAND, "modèle ünïcødé", "日本語モデル", "emoji 😀",
      "tab\there", "nul\0char", "line\nbreak", "quote\"back\\slash", "GPT-4o", "plain text"};
  private static final String[] IDS = {"", " ", "has space", TEN_THOUSAND, "a".repeat(257), "modèle", "日本",
      "ctrl\u0001", "gpt#4", "GPT-4o", "org/model:v1@a+b.c_d-e", "m", "llama-3.1-8b"};
  private static final String[] CUTOFFS = {"", "2023-10", "2023-13", "2024-06", "October", "２０２３-１０",
      TEN_THOUSAND};
  private static final String[] DATES =
      {"", "2025-06-30", "2025/06/30", "2024-01-31", "2099-12-31", "31.12.2025"};
  private static final String[] TAGS = {"fast", "Long Context", "", "UPPER", "with space", "日本", "ok-tag",
      TEN_THOUSAND};
  private static final String[] CURRENCIES = {"USD", "EUR", "usd", "", "US Dollar", "€€€"};
  private static final int[] INTS = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE};
  private static final long[] LONGS = {0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE};
  private static final double[] DOUBLES = {0.0, -0.0, -1.0, 1.0, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE};

  /** Labels of the boundaries the drawn stubs used. */
  final Set<String> boundariesUsed = new TreeSet<>();
  private final Random random;

  RandomStubs(Random random) {
    this.random = random;
  }

  /** Every label a complete run must have used. */
  static Set<String> allBoundaries() {
    Set<String> all = new TreeSet<>();
    for (int v : INTS) {
      all.add("int " + v);
    }
    for (long v : LONGS) {
      all.add("long " + v);
    }
    for (double v : DOUBLES) {
      all.add("double " + v);
    }
    for (String label : new String[] {"empty", "10000 chars", "non-ascii", "control char"}) {
      all.add("string " + label);
    }
    return all;
  }

  /**
   * A batch of stubs named {@code S0}..., ids unique in the batch, besides an anchor model with id
   * {@code anchor}. With {@code validOnly}, each stub is drawn again until the runtime's rules find no error in it
   * (its references then name existing models), so the whole batch compiles.
   */
  List<RandomStub> batch(int size, String anchor, boolean validOnly) {
    List<RandomStub> stubs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      RandomStub stub = stub(i, anchor, stubs);
      while (validOnly && !isValid(stub, anchor, stubs)) {
        stub = stub(i, anchor, stubs);
      }
      stubs.add(stub);
    }
    return stubs;
  }

  private static boolean isValid(RandomStub stub, String anchor, List<RandomStub> earlier) {
    if (!ModelRules.errorsOnly(stub.builder("prop").problems()).isEmpty() || stub.contradictsMoe()) {
      return false;
    }
    Set<String> known = new TreeSet<>(List.of(anchor));
    earlier.forEach(other -> known.addAll(other.names()));
    return known.containsAll(stub.references().values());
  }

  private RandomStub stub(int index, String anchor, List<RandomStub> earlier) {
    String suffix = "-u" + index + "z";
    RandomStub stub = new RandomStub("S" + index, uniqueIfValid(pick(IDS), suffix),
        CapabilityPreset.values()[random.nextInt(CapabilityPreset.values().length)]);
    stub.model.put("contextWindow", chance(3) ? pickInt() : 1 + random.nextInt(1_000_000));
    for (String text : List.of("name", "ownedBy", "description", "version", "license")) {
      if (chance(3)) {
        stub.model.put(text, pick(TEXT));
      }
    }
    if (chance(3)) {
      stub.model.put("maxOutputTokens", chance(2) ? pickInt() : 1 + random.nextInt(100_000));
    }
    if (chance(3)) {
      long now = Instant.now().getEpochSecond();
      long[] created = {ModelRules.EARLIEST_CREATED - 1, ModelRules.EARLIEST_CREATED, 1_715_558_400L,
          1_715_558_400_000L, now - 30 * 86_400L, now + 30 * 86_400L};
      stub.model.put("created", chance(2) ? pickLong() : created[random.nextInt(created.length)]);
    }
    if (chance(3)) {
      stub.model.put("trainingCutoff", pick(CUTOFFS));
    }
    if (chance(4)) {
      stub.model.put("deprecationDate", pick(DATES));
    }
    if (chance(4)) {
      stub.model.put("deprecated", random.nextBoolean());
    }
    if (chance(3)) {
      stub.model.put("tags", list(TAGS, 3));
    }
    if (chance(3)) {
      List<String> aliases = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(4);
        aliases.add(kind == 0 ? stub.id : kind == 1 && !aliases.isEmpty() ? aliases.get(0)
            : uniqueIfValid(pick(IDS), suffix + "-a" + i));
      }
      stub.model.put("aliases", aliases);
    }
    for (String reference : List.of("baseModel", "parent", "root", "replacement")) {
      if (chance(5)) {
        stub.model.put(reference, reference(stub, anchor, earlier, suffix));
      }
    }
    if (chance(2)) {
      stub.capabilities = new LinkedHashMap<>();
      for (Capability capability : Capability.values()) {
        if (chance(7)) {
          stub.capabilities.put(capability, random.nextBoolean());
        }
      }
    }
    if (chance(3)) {
      stub.moe = new long[] {chance(2) ? pickLong() : 1_000 + random.nextInt(1_000_000),
          chance(2) ? pickLong() : 1 + random.nextInt(1_000), chance(2) ? pickInt() : 1 + random.nextInt(64),
          chance(2) ? pickInt() : 1 + random.nextInt(8)};
      stub.architecture = MoEArchitecture.values()[random.nextInt(MoEArchitecture.values().length)];
    }
    if (chance(3)) {
      stub.latency = new LinkedHashMap<>();
      stub.latencyPreset = LatencyPreset.values()[random.nextInt(LatencyPreset.values().length)];
      for (String attribute : RandomStub.LATENCY_ATTRIBUTES) {
        if (chance(3)) {
          stub.latency.put(attribute, chance(2) ? pickDouble() : 1 + random.nextDouble() * 3);
        }
      }
    }
    if (chance(2)) {
      stub.pricing = new LinkedHashMap<>();
      for (String price : List.of("inputPerMillion", "outputPerMillion", "cachedInputPerMillion",
          "cacheWritePerMillion", "perImage", "audioPerMinute")) {
        if (chance(price.endsWith("putPerMillion") ? 1 : 3)) {
          stub.pricing.put(price, chance(3) ? pickDouble() : Math.round(random.nextDouble() * 10_000) / 100.0);
        }
      }
      if (chance(3)) {
        stub.pricing.put("currency", pick(CURRENCIES));
      }
    }
    return stub;
  }

  private String reference(RandomStub stub, String anchor, List<RandomStub> earlier, String suffix) {
    switch (random.nextInt(6)) {
      case 0:
        return stub.id;
      case 1:
        return anchor;
      case 2:
        return earlier.isEmpty() ? anchor : earlier.get(random.nextInt(earlier.size())).id;
      case 3:
        return "missing-model" + suffix;
      case 4:
        return pick(IDS);
      default:
        return "";
    }
  }

  /** The value, with the suffix appended when it passes the id syntax (so valid names never collide). */
  private static String uniqueIfValid(String value, String suffix) {
    return ModelRules.checkIdSyntax("id", value).isEmpty() ? value + suffix : value;
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private String pick(String[] values) {
    String value = values[random.nextInt(values.length)];
    label(value);
    return value;
  }

  private List<String> list(String[] values, int max) {
    List<String> list = new ArrayList<>();
    int count = random.nextInt(max + 1);
    for (int i = 0; i < count; i++) {
      list.add(pick(values));
    }
    return list;
  }

  private int pickInt() {
    int value = INTS[random.nextInt(INTS.length)];
    boundariesUsed.add("int " + value);
    return value;
  }

  private long pickLong() {
    long value = LONGS[random.nextInt(LONGS.length)];
    boundariesUsed.add("long " + value);
    return value;
  }

  private double pickDouble() {
    double value = DOUBLES[random.nextInt(DOUBLES.length)];
    boundariesUsed.add("double " + value);
    return value;
  }

  private void label(String value) {
    if (value.isEmpty()) {
      boundariesUsed.add("string empty");
    }
    if (value.length() == 10_000) {
      boundariesUsed.add("string 10000 chars");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0x7f) {
        boundariesUsed.add("string non-ascii");
      } else if (c < 0x20) {
        boundariesUsed.add("string control char");
      }
    }
  }
}
