package dev.modelcatalog.benchmarks.generator;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.Presets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the real models.dev entries into any number of unique synthetic models. Each model starts from a real
 * entry and varies its id with a prefix, a size, a suffix ({@code -instruct}, {@code -chat}, {@code -preview}) and
 * a version, gets a dated alias, and takes the real entry's limits, prices, capabilities and dates with seeded
 * noise. Every id and alias is unique in the catalog after normalization and after compaction, so no two models
 * compete for a lookup key. The same seed gives the same models.
 */
public final class SyntheticCatalogGenerator {

  static final String[] PREFIXES = {"", "", "", "open-", "pro-", "nova-", "fast-", "ultra-", "lite-", "neo-"};
  static final String[] SIZES = {"", "", "-1b", "-3b", "-7b", "-8b", "-13b", "-34b", "-70b", "-405b", "-mini",
      "-nano", "-small", "-large"};
  static final String[] SUFFIXES = {"", "", "-instruct", "-chat", "-preview"};
  static final String[] VERSIONS = {"", "", "-v2", "-v3", "-1.5", "-2.0", "-2.5", "-v3.1"};

  /** Simple names a stub must not take: the annotations it imports and the provider's package-info. */
  private static final Set<String> RESERVED_CLASS_NAMES = Set.of("Model", "Capabilities", "MoE", "Latency",
      "Pricing", "Provider", "CapabilityPreset", "LatencyPreset", "Object", "String", "Override", "Deprecated");

  private static final LocalDate FIRST_DATE = LocalDate.of(2023, 1, 1);
  private static final int DATE_SPAN_DAYS = 1000;

  private final List<SourceModel> sources;
  private final List<String> providers;
  private final String providerPrefix;

  /**
   * @param sources the real models to vary; their ids are deduplicated by normalized id
   * @param providers how many provider packages to spread the models over
   * @param providerPrefix prefix of each provider id, e.g. {@code s10k-}, so catalogs of different sizes differ
   */
  public SyntheticCatalogGenerator(List<SourceModel> sources, int providers, String providerPrefix) {
    this.sources = distinctByNormalizedId(sources);
    this.providers = pickProviders(sources, providers);
    this.providerPrefix = providerPrefix;
  }

  /** The provider ids the models are spread over, with the prefix. */
  public List<String> providerIds() {
    List<String> ids = new ArrayList<>();
    for (String provider : providers) {
      ids.add(providerPrefix + provider);
    }
    return ids;
  }

  /** {@code count} unique models from this seed, provider after provider in round-robin order. */
  public List<SyntheticModel> generate(int count, long seed) {
    Random random = new Random(seed);
    Set<String> takenKeys = new HashSet<>();
    Map<String, Set<String>> classNames = new HashMap<>();
    Map<String, List<String>> idsByProvider = new LinkedHashMap<>();
    List<SyntheticModel> models = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String provider = providerPrefix + providers.get(i % providers.size());
      SourceModel source = sources.get(random.nextInt(sources.size()));
      Variant variant = uniqueVariant(source, random, takenKeys, i);
      List<String> earlier = idsByProvider.computeIfAbsent(provider, p -> new ArrayList<>());
      SyntheticModel model = fill(provider, source, variant, random, earlier,
          classNames.computeIfAbsent(provider, p -> new HashSet<>(RESERVED_CLASS_NAMES)));
      earlier.add(model.id());
      models.add(model);
    }
    return models;
  }

  /** An id and its aliases, every key of which is still free. */
  private record Variant(String id, String size, String suffix, LocalDate date, List<String> aliases) {}

  private Variant uniqueVariant(SourceModel source, Random random, Set<String> takenKeys, int serial) {
    String base = baseName(source.id());
    for (int attempt = 0; ; attempt++) {
      // A base that already names its size (llama-2-7b) gets no second one.
      String size = base.matches(".*-\\d+(\\.\\d+)?b(-.*)?") ? "" : pick(random, SIZES);
      String suffix = pick(random, SUFFIXES);
      String id = pick(random, PREFIXES) + base + size + suffix + pick(random, VERSIONS);
      if (attempt >= 20) {
        // Rare: every variation drawn was taken; a serial number makes the id unique for certain.
        id = id + "-r" + serial;
      }
      LocalDate date = FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS));
      List<String> aliases = new ArrayList<>();
      int aliasKind = random.nextInt(3);
      if (aliasKind > 0) {
        aliases.add(id + "-" + date);
      }
      if (aliasKind == 2) {
        aliases.add(id + "-latest");
      }
      List<String> keys = new ArrayList<>();
      for (String key : concat(id, aliases)) {
        keys.add("n:" + Discovery.normalizeModelId(key));
        keys.add("c:" + Discovery.compactKey(key));
      }
      if (keys.stream().noneMatch(takenKeys::contains) && new HashSet<>(keys).size() == keys.size()) {
        takenKeys.addAll(keys);
        return new Variant(id, size, suffix, date, aliases);
      }
    }
  }

  private SyntheticModel fill(String provider, SourceModel source, Variant variant, Random random,
      List<String> earlierIds, Set<String> classNames) {
    boolean image = source.inputModalities().contains("image");
    boolean audio = source.inputModalities().contains("audio");
    boolean embeddings = variant.id().contains("embed");
    CapabilityPreset preset = embeddings ? CapabilityPreset.EMBEDDINGS
        : source.reasoning() ? CapabilityPreset.REASONING
        : image && audio ? CapabilityPreset.MULTIMODAL
        : image ? CapabilityPreset.VISION
        : CapabilityPreset.CHAT;
    TreeMap<String, Boolean> capabilities = new TreeMap<>();
    if (!embeddings) {
      capabilities.put("toolCalling", source.toolCall());
      if (!source.toolCall()) {
        capabilities.put("parallelToolCalls", false);
      }
      capabilities.put("temperature", source.temperature());
      capabilities.put("promptCaching", source.cacheReadCost() >= 0);
      capabilities.put("video", source.inputModalities().contains("video"));
      if (random.nextInt(3) == 0) {
        capabilities.put("structuredOutputs", true);
      }
      if (random.nextInt(10) == 0) {
        capabilities.put("predictedOutputs", true);
      }
    }
    if (random.nextInt(8) == 0) {
      capabilities.put("fineTunable", true);
    }
    capabilities.put("batch", random.nextInt(4) == 0 || embeddings);
    // Like an author, state only the flags that differ from the preset.
    Capabilities presetCapabilities = Presets.capabilities(preset);
    capabilities.entrySet()
        .removeIf(flag -> presetCapabilities.has(Capability.parse(flag.getKey())) == flag.getValue());

    double scale = sizeScale(variant.size());
    long paramsBillions = paramsBillions(variant.size(), random);
    SyntheticModel.Moe moe = null;
    if (!embeddings && (source.openWeights() ? random.nextInt(3) == 0 : random.nextInt(12) == 0)) {
      int experts = new int[] {8, 16, 64, 128}[random.nextInt(4)];
      int perToken = Math.min(experts, new int[] {1, 2, 4, 8}[random.nextInt(4)]);
      long total = paramsBillions * 1_000_000_000L;
      moe = new SyntheticModel.Moe(total, Math.max(1, total * perToken / experts), experts, perToken);
    }

    int context = roundTokens(Math.max(4_096, source.context() > 0 ? source.context() : 32_768)
        * new double[] {0.5, 1, 1, 2}[random.nextInt(4)]);
    context = Math.min(context, 2_000_000);
    int output = source.output() > 0 ? Math.min(context, roundTokens(source.output())) : Math.min(context, 8_192);

    LocalDate released = releaseDate(source, variant, random);
    long created = released.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    String cutoff = cutoff(source, released);

    List<String> tags = new ArrayList<>();
    tags.add(preset.name().toLowerCase(Locale.ROOT));
    if (context >= 128_000) {
      tags.add("long-context");
    }
    if (source.openWeights()) {
      tags.add("open-weights");
    }
    if (moe != null) {
      tags.add("moe");
    }
    if (!variant.suffix().isEmpty()) {
      tags.add(variant.suffix().substring(1));
    }
    tags.add(scale >= 2 ? "flagship" : scale <= 0.5 ? "efficient" : "general");

    LatencyPreset latencyPreset = source.reasoning() && !embeddings ? LatencyPreset.REASONING
        : scale <= 0.3 ? LatencyPreset.SMALL : scale >= 4 ? LatencyPreset.XLARGE
        : scale >= 2 ? LatencyPreset.LARGE : LatencyPreset.MEDIUM;
    Double ttft = random.nextInt(3) == 0 ? round(0.08 + random.nextDouble() * 1.2, 3) : null;
    Double itl = ttft != null && random.nextBoolean() ? round(0.01 + random.nextDouble() * 0.08, 4) : null;
    SyntheticModel.Latency latency = new SyntheticModel.Latency(latencyPreset, ttft, itl);

    double input = round(Math.max(0.01, source.inputCost()) * scale * (0.8 + random.nextDouble() * 0.4), 4);
    double outputPrice = embeddings ? 0 : round(Math.max(0.02, source.outputCost()) * scale
        * (0.8 + random.nextDouble() * 0.4), 4);
    Double cached = source.cacheReadCost() >= 0 ? round(input * source.cacheReadCost()
        / Math.max(source.inputCost(), 1e-9), 4) : null;
    if (cached != null && cached > input) {
      cached = round(input / 4, 4);
    }
    Double cacheWrite = source.cacheWriteCost() >= 0 ? round(input * 1.25, 4) : null;
    SyntheticModel.Price pricing = new SyntheticModel.Price(input, outputPrice, cached, cacheWrite);

    boolean deprecated = !earlierIds.isEmpty() && random.nextInt(30) == 0;
    String replacement = deprecated ? earlierIds.get(random.nextInt(earlierIds.size())) : "";
    String deprecationDate = deprecated ? released.plusDays(180 + random.nextInt(300)).toString() : "";

    String name = displayName(variant.id());
    String description = name + " is a " + (moe != null ? "mixture-of-experts " : "")
        + preset.name().toLowerCase(Locale.ROOT) + " model derived from " + source.name() + " ("
        + source.provider() + "), with a " + context + "-token context window.";
    return new SyntheticModel(provider, className(variant.id(), classNames), variant.id(), name, source.provider(),
        created, description, variant.date().toString(), context, output, cutoff, tags, variant.aliases(),
        deprecated, deprecationDate, replacement, source.openWeights() ? "apache-2.0" : "proprietary", preset,
        capabilities, moe, latency, pricing);
  }

  // ------------------------------------------------------------------------------------------- pieces

  private static List<SourceModel> distinctByNormalizedId(List<SourceModel> sources) {
    Map<String, SourceModel> byKey = new LinkedHashMap<>();
    for (SourceModel source : sources) {
      String base = baseName(source.id());
      if (!base.isEmpty()) {
        byKey.putIfAbsent(base, source);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** The providers with the most models, as many as asked for (in order of model count, then id). */
  private static List<String> pickProviders(List<SourceModel> sources, int count) {
    Map<String, Integer> counts = new TreeMap<>();
    for (SourceModel source : sources) {
      counts.merge(source.provider(), 1, Integer::sum);
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    if (count < 1 || count > ids.size()) {
      throw new IllegalArgumentException("providers: between 1 and " + ids.size() + ", got " + count);
    }
    return List.copyOf(ids.subList(0, count));
  }

  /**
   * The source id's last path segment without a vendor prefix ({@code anthropic.} on Bedrock), normalized, with
   * trailing dates and {@code v1:0} version tags removed.
   */
  static String baseName(String sourceId) {
    String segment = sourceId.substring(sourceId.lastIndexOf('/') + 1);
    int dot = segment.indexOf('.');
    if (dot > 0 && segment.substring(0, dot).matches("[a-z][a-z0-9]*")) {
      segment = segment.substring(dot + 1);
    }
    String base = Discovery.normalizeModelId(segment);
    for (String previous = ""; !previous.equals(base);) {
      previous = base;
      base = base.replaceAll("(-\\d{4}-?\\d{2}-?\\d{2}|-\\d{8}|-\\d{4}|-v\\d+-\\d+|-v\\d+)$", "");
    }
    return base;
  }

  private static double sizeScale(String size) {
    switch (size) {
      case "-1b": case "-nano": return 0.2;
      case "-3b": case "-mini": return 0.3;
      case "-7b": case "-8b": case "-small": return 0.5;
      case "-13b": return 0.8;
      case "-34b": return 1.5;
      case "-70b": case "-large": return 2.5;
      case "-405b": return 5;
      default: return 1;
    }
  }

  private static long paramsBillions(String size, Random random) {
    String digits = size.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 8 + random.nextInt(400) : Long.parseLong(digits);
  }

  private static LocalDate releaseDate(SourceModel source, Variant variant, Random random) {
    LocalDate date = variant.date();
    try {
      if (!source.releaseDate().isEmpty()) {
        date = LocalDate.parse(source.releaseDate()).plusDays(random.nextInt(120) - 60);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // A malformed date in the source: keep the variant's date.
    }
    LocalDate latest = LocalDate.of(2025, 10, 1);
    return date.isAfter(latest) ? latest : date.isBefore(FIRST_DATE.minusYears(2)) ? FIRST_DATE : date;
  }

  /**
   * The source's published cutoff, else eight months before release; never after the release month (a variant's
   * date can be earlier than its source's cutoff, and the model rules refuse a model trained on later data).
   */
  private static String cutoff(SourceModel source, LocalDate released) {
    String knowledge = source.knowledge();
    String releaseMonth = released.toString().substring(0, 7);
    if (knowledge.matches("(19|20)\\d\\d-(0[1-9]|1[0-2]).*")) {
      String month = knowledge.substring(0, 7);
      return month.compareTo(releaseMonth) <= 0 ? month : releaseMonth;
    }
    return released.minusMonths(8).toString().substring(0, 7);
  }

  private static String displayName(String id) {
    StringBuilder name = new StringBuilder();
    for (String token : id.split("[-_.:/]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(token.matches("\\d+b") ? token.toUpperCase(Locale.ROOT)
          : Character.toUpperCase(token.charAt(0)) + token.substring(1));
    }
    return name.toString();
  }

  /** An UpperCamelCase Java name for the id, unique among {@code taken}. */
  static String className(String id, Set<String> taken) {
    StringBuilder name = new StringBuilder();
    for (String token : id.split("[^A-Za-z0-9]+")) {
      if (!token.isEmpty()) {
        name.append(Character.toUpperCase(token.charAt(0))).append(token.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, 'M');
    }
    String candidate = name.toString();
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + "V" + n;
    }
    return candidate;
  }

  private static int roundTokens(double tokens) {
    return (int) Math.max(1_024, Math.round(tokens / 1_024) * 1_024);
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
