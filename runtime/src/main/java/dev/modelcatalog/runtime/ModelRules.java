package dev.modelcatalog.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The rules every model definition must follow, in one place. The annotation processor applies them at compile
 * time (mapping each {@link Problem#field()} to the annotation attribute at fault), {@link
 * ModelDefinition.Builder#build()} applies them at run time, and the JSON loader applies them to documents, so
 * the three can never disagree. Rules that need the whole catalog (duplicates, references) live with the
 * registry and the processor.
 *
 * <p>Each rule is a small method that reports through a sink; {@link #check} runs them all and returns every
 * problem, so one pass shows everything that is wrong.
 */
public final class ModelRules {

  private ModelRules() {}

  /** Longest id or alias accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;
  /** Characters allowed in ids and aliases besides ASCII letters and digits. */
  public static final String ID_PUNCTUATION = "-_.:/@+";
  /** Earliest {@code created} accepted: 2015-01-01T00:00:00Z. */
  public static final long EARLIEST_CREATED = 1_420_070_400L;

  private static final Pattern YEAR_MONTH = Pattern.compile("(19|20)\\d\\d-(0[1-9]|1[0-2])");
  private static final Pattern DATE = Pattern.compile("(19|20)\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._:+-]*");

  /** Reports one problem. */
  @FunctionalInterface
  interface Sink {
    void report(Problem problem);

    default void error(String code, String field, String message) {
      report(Problem.error(code, field, message));
    }

    default void warning(String code, String field, String message) {
      report(Problem.warning(code, field, message));
    }
  }

  private static final List<BiConsumer<ModelDefinition, Sink>> RULES = List.of(
      ModelRules::checkId,
      ModelRules::checkAliases,
      ModelRules::checkReferences,
      ModelRules::checkLimits,
      ModelRules::checkMoe,
      ModelRules::checkLatency,
      ModelRules::checkPricing,
      ModelRules::checkCapabilities,
      ModelRules::checkDates,
      ModelRules::checkTags);

  /** Every problem in the definition, errors and warnings, in rule order. */
  public static List<Problem> check(ModelDefinition model) {
    List<Problem> problems = new ArrayList<>();
    Sink sink = problems::add;
    for (BiConsumer<ModelDefinition, Sink> rule : RULES) {
      rule.accept(model, sink);
    }
    return problems;
  }

  /** The errors among the problems. */
  public static List<Problem> errorsOnly(List<Problem> problems) {
    List<Problem> errors = new ArrayList<>();
    for (Problem problem : problems) {
      if (problem.isError()) {
        errors.add(problem);
      }
    }
    return errors;
  }

  /**
   * Checks one id or alias, reporting under {@code field}. Public so the registry and the processor check
   * reference ids with the same rule.
   */
  public static List<Problem> checkIdSyntax(String field, String id) {
    List<Problem> problems = new ArrayList<>();
    idSyntax(field, id, problems::add);
    return problems;
  }

  private static void idSyntax(String field, String id, Sink sink) {
    if (id == null || id.isBlank()) {
      sink.error("id-blank", field, "is blank; give the id the provider's API accepts, e.g. \"gpt-4o\"");
      return;
    }
    if (id.length() > MAX_ID_LENGTH) {
      sink.error("id-too-long", field, "is " + id.length() + " characters long; at most " + MAX_ID_LENGTH
          + " are allowed");
      return;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        sink.error("id-whitespace", field, "'" + printable(id) + "' contains whitespace or a control character at"
            + " index " + i + "; ids are single tokens: remove it or use '-'");
        return;
      }
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isIdChar(c)) {
        sink.error("id-invalid-char", field, "'" + printable(id) + "' contains '" + c + "' at index " + i
            + "; allowed are ASCII letters, digits and " + ID_PUNCTUATION);
        return;
      }
    }
  }

  /** Whether the character may appear in an id: ASCII letter or digit, or one of {@link #ID_PUNCTUATION}. */
  public static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || ID_PUNCTUATION.indexOf(c) >= 0;
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(value.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return limit < value.length() ? out + "..." : out.toString();
  }

  private static void checkId(ModelDefinition model, Sink sink) {
    idSyntax("id", model.id(), sink);
  }

  private static void checkAliases(ModelDefinition model, Sink sink) {
    List<String> aliases = model.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliases.get(i);
      String field = "aliases[" + i + "]";
      idSyntax(field, alias, sink);
      if (alias != null && alias.equals(model.id())) {
        sink.error("alias-equals-id", field, "'" + alias + "' repeats the model's own id; remove it");
      } else if (alias != null && aliases.subList(0, i).contains(alias)) {
        sink.error("alias-repeated", field, "'" + alias + "' is listed twice; remove one");
      }
    }
  }

  private static void checkReferences(ModelDefinition model, Sink sink) {
    reference("baseModel", model.baseModel().orElse(null), model, sink);
    reference("parent", model.parent().orElse(null), model, sink);
    reference("root", model.root().orElse(null), model, sink);
    reference("replacement", model.replacement().orElse(null), model, sink);
  }

  private static void reference(String field, String target, ModelDefinition model, Sink sink) {
    if (target == null) {
      return;
    }
    idSyntax(field, target, sink);
    if (target.equals(model.id())) {
      sink.error("self-reference", field, "names the model itself ('" + target + "'); name another model");
    }
  }

  private static void checkLimits(ModelDefinition model, Sink sink) {
    if (model.contextWindow() <= 0) {
      sink.error("context-window-not-positive", "contextWindow", "is " + model.contextWindow()
          + "; the context window is a token count of at least 1, e.g. 128_000");
      return;
    }
    if (model.maxOutputTokens() <= 0) {
      sink.error("max-output-not-positive", "maxOutputTokens", "is " + model.maxOutputTokens()
          + "; state a token count of at least 1, or leave it out to use the context window");
    } else if (model.maxOutputTokens() > model.contextWindow()) {
      sink.error("max-output-exceeds-context", "maxOutputTokens", "is " + model.maxOutputTokens()
          + ", above the context window of " + model.contextWindow() + "; output counts against the context");
    }
  }

  private static void checkMoe(ModelDefinition model, Sink sink) {
    MoEConfig moe = model.moe().orElse(null);
    if (moe == null) {
      if (model.has(Capability.MOE)) {
        sink.error("moe-capability-without-config", "capabilities.moe",
            "is true but the model declares no @MoE configuration; add @MoE(totalParams, activeParams,"
                + " numExperts, expertsPerToken) or drop the flag");
      }
      return;
    }
    boolean positive = true;
    if (moe.totalParams() <= 0) {
      sink.error("moe-total-params-not-positive", "moe.totalParams", "is " + moe.totalParams()
          + "; give the parameter count of all experts, at least 1");
      positive = false;
    }
    if (moe.activeParams() <= 0) {
      sink.error("moe-active-params-not-positive", "moe.activeParams", "is " + moe.activeParams()
          + "; give the parameters active per token, at least 1");
      positive = false;
    }
    if (moe.numExperts() <= 0) {
      sink.error("moe-experts-not-positive", "moe.numExperts", "is " + moe.numExperts() + "; at least 1 expert");
      positive = false;
    }
    if (moe.expertsPerToken() <= 0) {
      sink.error("moe-experts-per-token-not-positive", "moe.expertsPerToken", "is " + moe.expertsPerToken()
          + "; each token goes to at least 1 expert");
      positive = false;
    }
    if (!positive) {
      return;
    }
    if (moe.activeParams() > moe.totalParams()) {
      sink.error("moe-active-exceeds-total", "moe.activeParams", "is " + moe.activeParams()
          + ", above totalParams " + moe.totalParams() + "; active parameters are a subset of all parameters");
    }
    if (moe.expertsPerToken() > moe.numExperts()) {
      sink.error("moe-experts-per-token-exceeds-experts", "moe.expertsPerToken", "is " + moe.expertsPerToken()
          + ", above numExperts " + moe.numExperts() + "; a token cannot use more experts than exist");
    }
  }

  private static void checkLatency(ModelDefinition model, Sink sink) {
    LatencyProfile latency = model.latency();
    boolean generates = model.has(Capability.CHAT) || model.has(Capability.COMPLETION);
    duration("latency.ttftMean", latency.ttftMean(), generates, sink);
    duration("latency.ttftStd", latency.ttftStd(), false, sink);
    duration("latency.itlMean", latency.itlMean(), generates, sink);
    duration("latency.itlStd", latency.itlStd(), false, sink);
    multiplier("latency.vision", latency.visionMultiplier(), sink);
    multiplier("latency.audio", latency.audioMultiplier(), sink);
    multiplier("latency.video", latency.videoMultiplier(), sink);
    multiplier("latency.reasoning", latency.reasoningMultiplier(), sink);
    multiplier("latency.toolCalling", latency.toolCallingMultiplier(), sink);
  }

  private static void duration(String field, double seconds, boolean mustBePositive, Sink sink) {
    if (!Double.isFinite(seconds)) {
      sink.error("latency-not-finite", field, "is " + seconds + "; give a finite number of seconds, e.g. 0.3");
    } else if (seconds < 0) {
      sink.error("latency-negative", field, "is " + seconds + " seconds; durations are at least 0");
    } else if (mustBePositive && seconds == 0) {
      sink.error("latency-zero-mean", field, "is 0 on a model that generates tokens; give the mean in seconds,"
          + " e.g. 0.3, or use a @Latency preset");
    }
  }

  private static void multiplier(String field, double value, Sink sink) {
    if (!Double.isFinite(value)) {
      sink.error("latency-multiplier-not-finite", field, "is " + value + "; give a finite factor of at least 1");
    } else if (value < 1) {
      sink.error("latency-multiplier-below-one", field, "is " + value
          + "; multipliers slow a request down and are at least 1 (1 means no effect)");
    }
  }

  private static void checkPricing(ModelDefinition model, Sink sink) {
    Pricing pricing = model.pricing().orElse(null);
    if (pricing == null) {
      return;
    }
    price("pricing.inputPerMillion", pricing.inputPerMillion(), sink);
    price("pricing.outputPerMillion", pricing.outputPerMillion(), sink);
    pricing.cachedInputPerMillion().ifPresent(v -> price("pricing.cachedInputPerMillion", v, sink));
    pricing.cacheWritePerMillion().ifPresent(v -> price("pricing.cacheWritePerMillion", v, sink));
    pricing.perImage().ifPresent(v -> price("pricing.perImage", v, sink));
    pricing.audioPerMinute().ifPresent(v -> price("pricing.audioPerMinute", v, sink));
    pricing.cachedInputPerMillion().ifPresent(cached -> {
      if (cached > pricing.inputPerMillion() && Double.isFinite(pricing.inputPerMillion())) {
        sink.warning("cached-price-above-input", "pricing.cachedInputPerMillion", "is " + cached
            + ", above the uncached input price " + pricing.inputPerMillion()
            + "; a cache hit is normally cheaper. Check the value");
      }
    });
    String currency = pricing.currency();
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      sink.error("currency-invalid", "pricing.currency", "is '" + currency
          + "'; give an ISO 4217 code of three upper-case letters, e.g. \"USD\"");
    }
  }

  private static void price(String field, double value, Sink sink) {
    if (!Double.isFinite(value)) {
      sink.error("price-not-finite", field, "is " + value + "; prices are finite decimal numbers, e.g. 2.50");
    } else if (value < 0) {
      sink.error("price-negative", field, "is " + value + "; prices are at least 0");
    }
  }

  private static void checkCapabilities(ModelDefinition model, Sink sink) {
    Capabilities caps = model.capabilities();
    boolean generates = caps.has(Capability.CHAT) || caps.has(Capability.COMPLETION);
    if (caps.has(Capability.EMBEDDINGS) && caps.has(Capability.CHAT)) {
      sink.error("embeddings-with-chat", "capabilities.chat", "is true on an embeddings model; embeddings models"
          + " do not chat. Drop chat, or declare two models");
    }
    if (caps.has(Capability.REASONING) && !generates) {
      sink.error("reasoning-without-generation", "capabilities.reasoning", "is true but the model neither chats"
          + " nor completes; reasoning needs chat or completion");
    }
    for (Capability feature : new Capability[] {Capability.TOOL_CALLING, Capability.STREAMING,
        Capability.STRUCTURED_OUTPUTS, Capability.JSON_MODE, Capability.VISION}) {
      if (caps.has(feature) && !generates) {
        sink.error("feature-without-generation", "capabilities." + feature.attribute(), "is true but the model"
            + " neither chats nor completes; " + feature.attribute() + " only applies to generating models");
      }
    }
    if (caps.has(Capability.PARALLEL_TOOL_CALLS) && !caps.has(Capability.TOOL_CALLING)) {
      sink.error("parallel-tools-without-tools", "capabilities.parallelToolCalls", "is true but toolCalling is"
          + " false; set toolCalling = true or drop parallelToolCalls");
    }
    if (caps.isEmpty()) {
      sink.error("no-capabilities", "capabilities", "the model can do nothing; name a preset or set at least one"
          + " capability");
    }
  }

  private static void checkDates(ModelDefinition model, Sink sink) {
    model.trainingCutoff().ifPresent(cutoff -> {
      if (!YEAR_MONTH.matcher(cutoff).matches()) {
        sink.error("training-cutoff-format", "trainingCutoff", "is '" + printable(cutoff)
            + "'; write year and month as YYYY-MM, e.g. \"2023-10\"");
      }
    });
    model.deprecationDate().ifPresent(date -> {
      if (!DATE.matcher(date).matches()) {
        sink.error("date-format", "deprecationDate", "is '" + printable(date)
            + "'; write the date as YYYY-MM-DD, e.g. \"2025-06-30\"");
      }
    });
    long created = model.created();
    if (created != 0) {
      long now = Instant.now().getEpochSecond();
      if (created < EARLIEST_CREATED) {
        sink.error("created-too-early", "created", "is " + created + "; creation times are epoch seconds from"
            + " 2015-01-01 (" + EARLIEST_CREATED + ") on. Milliseconds or a typo?");
      } else if (created > now + 86_400) {
        sink.error("created-in-future", "created", "is " + created + ", after now (" + now
            + "); give the epoch seconds of the release");
      }
    }
    if (model.deprecated() && model.replacement().isEmpty()) {
      sink.warning("deprecated-without-replacement", "deprecated", "the model is deprecated but names no"
          + " replacement; set replacement = \"<id>\" so users know where to go");
    }
  }

  private static void checkTags(ModelDefinition model, Sink sink) {
    List<String> tags = model.tags();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag == null || !TAG.matcher(tag).matches()) {
        sink.warning("tag-format", "tags[" + i + "]", "is '" + (tag == null ? "null" : printable(tag))
            + "'; tags are lower case without spaces, e.g. \"long-context\"");
      }
    }
  }
}
