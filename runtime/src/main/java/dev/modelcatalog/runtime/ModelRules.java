package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.ArchitectureFamily;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.RequestParameter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
      ModelRules::checkTags,
      // compile-time validation: consistency between values
      ModelRules::checkPricedFeatures,
      ModelRules::checkDateOrder,
      // model facts
      ModelRules::checkArchitecture,
      ModelRules::checkModalities,
      ModelRules::checkSupportedParameters,
      ModelRules::checkLifecycle,
      ModelRules::checkRequestLimits,
      ModelRules::checkPricingFacts);

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
    // Lookups by spelling read the part after the last '/'. Without a letter or digit there, the normalized form is
    // empty, and every query whose form is empty too ("", "?", "anything/") would find this model.
    if (Discovery.normalizeModelId(id).isEmpty()) {
      sink.error("id-without-name", field, "'" + printable(id) + "' has no letter or digit after its last '/'; the"
          + " part after it names the model, e.g. \"openai/gpt-4o\"");
    }
  }

  /** Whether the character may appear in an id: ASCII letter or digit, or one of {@link #ID_PUNCTUATION}. */
  public static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || ID_PUNCTUATION.indexOf(c) >= 0;
  }

  /**
   * The value as a message may show it: its first 80 characters, control characters escaped as in Java source, and
   * "..." when there was more. Queries come from clients, so a message never carries one whole; tools that echo
   * what a user typed use it too.
   */
  public static String printable(String value) {
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

  /**
   * Capability consistency, as documented in the README ("Capability rules"). Each rule reports one mistake
   * once: a model without any task is reported as such, not once per feature that needs a task.
   */
  private static void checkCapabilities(ModelDefinition model, Sink sink) {
    Capabilities caps = model.capabilities();
    if (caps.isEmpty()) {
      sink.error("no-capabilities", "capabilities", "the model can do nothing; name a preset or set at least one"
          + " capability");
      return;
    }
    if (!caps.hasAny(TASKS)) {
      sink.error("no-task", "capabilities", "the model has capabilities " + names(caps) + " but none of the tasks"
          + " " + names(TASKS) + "; set the task it serves, e.g. chat = true, or choose a matching preset");
      return;
    }
    boolean generates = caps.has(Capability.CHAT) || caps.has(Capability.COMPLETION);
    if (caps.has(Capability.EMBEDDINGS) && generates) {
      String field = caps.has(Capability.CHAT) ? "chat" : "completion";
      sink.error("embeddings-with-chat", "capabilities." + field, "is true on an embeddings model; embeddings"
          + " models return vectors and do not generate text. Drop " + field + ", or declare two models");
    }
    conflictingTasks(caps, sink);
    if (caps.has(Capability.REASONING) && !generates) {
      sink.error("reasoning-without-generation", "capabilities.reasoning", "is true but the model neither chats"
          + " nor completes; reasoning needs chat or completion");
    }
    if (caps.has(Capability.STREAMING) && !caps.hasAny(STREAMED_TASKS)) {
      sink.error("streaming-without-output", "capabilities.streaming", "is true but the model only has "
          + names(Capabilities.ofBits(caps.bits() & TASKS.bits())) + ", which return one result; streaming needs"
          + " one of " + names(STREAMED_TASKS) + ". Drop streaming");
    }
    boolean moderates = caps.has(Capability.CONTENT_MODERATION);
    if (moderates && caps.has(Capability.TOOL_CALLING)) {
      sink.error("moderation-with-tools", "capabilities.toolCalling", "is true on a content-moderation model;"
          + " moderation classifies content and calls no tools. Drop toolCalling (a preset such as CHAT sets it;"
          + " use preset MODERATION)");
    }
    for (Capability feature : GENERATION_FEATURES) {
      if (caps.has(feature) && !generates && !(moderates && feature == Capability.TOOL_CALLING)) {
        sink.error("feature-without-generation", "capabilities." + feature.attribute(), "is true but the model"
            + " neither chats nor completes; " + feature.attribute() + " only applies to generating models");
      }
    }
    if (caps.has(Capability.PARALLEL_TOOL_CALLS) && !caps.has(Capability.TOOL_CALLING)) {
      sink.error("parallel-tools-without-tools", "capabilities.parallelToolCalls", "is true but toolCalling is"
          + " false; set toolCalling = true or drop parallelToolCalls");
    }
    if (model.preset() == CapabilityPreset.BASE) {
      for (Capability visual : new Capability[] {Capability.VISION, Capability.VIDEO}) {
        if (caps.has(visual)) {
          sink.error("vision-forbidden-by-preset", "capabilities." + visual.attribute(), "is true on a model"
              + " with preset BASE, which stands for text-only completion; a model that sees images or video is"
              + " a chat model: use preset VISION or MULTIMODAL");
        }
      }
    }
  }

  /** The tasks a model can serve; every model has at least one. */
  private static final Capabilities TASKS = Capabilities.of(Capability.CHAT, Capability.COMPLETION,
      Capability.EMBEDDINGS, Capability.CONTENT_MODERATION, Capability.IMAGE_GENERATION, Capability.SPEECH,
      Capability.TRANSCRIPTION, Capability.RERANKING, Capability.REALTIME);
  /** Single-purpose tasks: each is a model of its own, at most one per model. */
  private static final Capability[] EXCLUSIVE_TASKS = {Capability.EMBEDDINGS, Capability.RERANKING,
      Capability.CONTENT_MODERATION, Capability.IMAGE_GENERATION, Capability.SPEECH, Capability.TRANSCRIPTION};
  /** Tasks whose output can be streamed. */
  private static final Capabilities STREAMED_TASKS = Capabilities.of(Capability.CHAT, Capability.COMPLETION,
      Capability.SPEECH, Capability.TRANSCRIPTION, Capability.IMAGE_GENERATION, Capability.REALTIME);
  /** Features of text generation: they need chat or completion. */
  private static final Capability[] GENERATION_FEATURES = {Capability.TOOL_CALLING,
      Capability.STRUCTURED_OUTPUTS, Capability.JSON_MODE, Capability.PREDICTED_OUTPUTS};

  private static void conflictingTasks(Capabilities caps, Sink sink) {
    Capability first = null;
    for (Capability task : EXCLUSIVE_TASKS) {
      if (!caps.has(task)) {
        continue;
      }
      if (first == null) {
        first = task;
      } else {
        sink.error("conflicting-tasks", "capabilities." + task.attribute(), "is true next to " + first.attribute()
            + "; " + attributes(EXCLUSIVE_TASKS) + " are single-purpose tasks, at most one per model."
            + " Declare a separate model for each");
      }
    }
  }

  private static String names(Capabilities caps) {
    List<String> names = new ArrayList<>();
    for (Capability capability : Capability.values()) {
      if (caps.has(capability)) {
        names.add(capability.attribute());
      }
    }
    return names.toString();
  }

  private static String attributes(Capability[] capabilities) {
    List<String> names = new ArrayList<>();
    for (Capability capability : capabilities) {
      names.add(capability.attribute());
    }
    return names.toString();
  }

  private static void checkDates(ModelDefinition model, Sink sink) {
    model.trainingCutoff().ifPresent(cutoff -> {
      if (!YEAR_MONTH.matcher(cutoff).matches()) {
        sink.error("training-cutoff-format", "trainingCutoff", "is '" + printable(cutoff)
            + "'; write year and month as YYYY-MM, e.g. \"2023-10\"");
      }
    });
    model.deprecationDate().ifPresent(date -> {
      // A real date, as for the release date: 2024-02-30 has the shape but is no day.
      if (!isDate(date)) {
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
            + "); give the epoch seconds of the release" + (created / 1000 <= now ? " (milliseconds? divide by 1000)"
            : ""));
      }
    }
    if (model.deprecated() && model.replacement().isEmpty() && model.status() != ModelStatus.RETIRED) {
      sink.warning("deprecated-without-replacement", "deprecated", "the model is deprecated but names no"
          + " replacement; set replacement = \"<id>\" so users know where to go");
    }
  }

  private static void checkTags(ModelDefinition model, Sink sink) {
    List<String> tags = model.tags();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag == null || tag.isBlank()) {
        // An error, not a format warning: search, tag queries and the JSON export read every tag as a word.
        sink.error("tag-blank", "tags[" + i + "]", "is " + (tag == null ? "null" : "blank")
            + "; give a word such as \"long-context\", or leave the tag out");
      } else if (!TAG.matcher(tag).matches()) {
        sink.warning("tag-format", "tags[" + i + "]", "is '" + printable(tag)
            + "'; tags are lower case without spaces, e.g. \"long-context\"");
      }
    }
  }

  // ------------------------------------------------------------------------------------------- model facts
  // Architecture, modalities, supported parameters, lifecycle, request limits and the prices beyond tokens.
  // Fields are named as in the detailed JSON (parameters, numHeads, architecture for the family, modalities.input,
  // supportedParameters, status, releaseDate, maxInputTokens, pricing.perRequest ...); the processor maps each to
  // the attribute of @Architecture, @Modalities, @SupportedParameters, @Lifecycle, @Limits or @Pricing.

  private static void checkArchitecture(ModelDefinition model, Sink sink) {
    ModelArchitecture a = model.architecture();
    boolean positive = notNegative("parameters", a.parameters(), "parameters", sink)
        & notNegative("numLayers", a.numLayers(), "layers", sink)
        & notNegative("hiddenSize", a.hiddenSize(), "hidden units", sink)
        & notNegative("numHeads", a.numHeads(), "attention heads", sink);
    if (positive && a.hiddenSize() > 0 && a.numHeads() > 0 && a.hiddenSize() % a.numHeads() != 0) {
      sink.error("architecture-heads-not-divisor", "numHeads", "is " + a.numHeads()
          + ", which does not divide hiddenSize " + a.hiddenSize() + "; each head gets an equal share of the hidden"
          + " state");
    }
    MoEConfig moe = model.moe().orElse(null);
    if (positive && moe != null && a.parameters() > 0 && moe.totalParams() > 0
        && a.parameters() != moe.totalParams()) {
      sink.error("architecture-parameters-mismatch", "parameters", "is " + a.parameters()
          + " but @MoE totalParams is " + moe.totalParams() + "; both count every parameter: state one of them");
    }
    ArchitectureFamily family = a.family();
    if (family == ArchitectureFamily.MOE && moe == null) {
      sink.error("architecture-family-mismatch", "architecture", "is MOE but the model declares no @MoE"
          + " configuration; add @MoE(...) or choose another family");
    } else if (moe != null && (family == ArchitectureFamily.TRANSFORMER || family == ArchitectureFamily.SSM)) {
      sink.error("architecture-family-mismatch", "architecture", "is " + family + " but the model declares"
          + " @MoE; use MOE (or HYBRID for mixed layers), or leave the family out");
    }
  }

  /** Reports a negative count; 0 means "not stated". Whether the value is usable (at least 0). */
  private static boolean notNegative(String field, long value, String unit, Sink sink) {
    if (value < 0) {
      sink.error("fact-not-positive", field, "is " + value + "; give a number of " + unit
          + " of at least 1, or leave it out");
      return false;
    }
    return true;
  }

  private static void checkModalities(ModelDefinition model, Sink sink) {
    Capabilities caps = model.capabilities();
    model.statedInputModalities().ifPresent(inputs -> {
      for (Modality modality : inputs) {
        Capabilities needs = modality.statedInputNeeds();
        if (!needs.isEmpty() && !caps.hasAny(needs)) {
          sink.error("modality-without-capability", "modalities.input", "lists " + modality.jsonName()
              + " but the model has none of the capabilities that take it in (" + attributes(needs)
              + "); set one of them or drop " + modality.jsonName());
        }
      }
    });
    model.statedOutputModalities().ifPresent(outputs -> {
      for (Modality modality : outputs) {
        Capabilities needs = modality.outputCapabilities();
        if (!needs.isEmpty() && !caps.hasAny(needs)) {
          sink.error("modality-without-capability", "modalities.output", "lists " + modality.jsonName()
              + " but the model has none of the capabilities that produce it (" + attributes(needs)
              + "); set one of them or drop " + modality.jsonName());
        }
      }
    });
  }

  private static String attributes(Capabilities capabilities) {
    StringBuilder names = new StringBuilder();
    for (Capability capability : capabilities) {
      names.append(names.length() == 0 ? "" : ", ").append(capability.attribute());
    }
    return names.toString();
  }

  private static void checkSupportedParameters(ModelDefinition model, Sink sink) {
    model.statedSupportedParameters().ifPresent(parameters -> {
      for (RequestParameter parameter : parameters) {
        Capabilities needs = RequestParameters.requiredFor(parameter);
        if (!model.capabilities().hasAny(needs)) {
          sink.error("parameter-without-capability", "supportedParameters", "lists "
              + RequestParameters.jsonName(parameter) + " but the model has none of " + attributes(needs)
              + "; set the capability or drop the parameter");
        }
      }
    });
  }

  private static void checkLifecycle(ModelDefinition model, Sink sink) {
    LocalDate release = factDate("releaseDate", model.releaseDate().orElse(null), sink);
    LocalDate updated = factDate("lastUpdated", model.lastUpdated().orElse(null), sink);
    if (release != null && updated != null && updated.isBefore(release)) {
      sink.error("date-before-release", "lastUpdated", "is " + updated + ", before the release date " + release
          + "; a model is updated after it is released");
    }
    String deprecation = model.deprecationDate().orElse(null);
    if (release != null && deprecation != null && isDate(deprecation)
        && LocalDate.parse(deprecation).isBefore(release)) {
      sink.error("date-before-release", "deprecationDate", "is " + deprecation + ", before the release date "
          + release + "; a model is deprecated after it is released");
    }
    ModelStatus stated = model.statedStatus().orElse(null);
    if (stated == ModelStatus.RETIRED && model.replacement().isEmpty()) {
      sink.error("retired-without-replacement", "status", "is RETIRED but the model names no replacement; set"
          + " replacement = \"<id>\" so callers know where to go");
    }
    if (stated != null && !stated.isDeprecated() && model.deprecated()) {
      sink.error("status-contradicts-deprecated", "status", "is " + stated + " but the model is deprecated; use"
          + " DEPRECATED or RETIRED, or drop deprecated = true");
    }
    url("paperUrl", model.paperUrl().orElse(null), sink);
    url("docsUrl", model.docsUrl().orElse(null), sink);
  }

  /** The date, or null when it is absent or reported as malformed. */
  private static LocalDate factDate(String field, String value, Sink sink) {
    if (value == null) {
      return null;
    }
    if (!isDate(value)) {
      sink.error("date-format", field, "is '" + printable(value) + "'; write a real date as YYYY-MM-DD, e.g."
          + " \"2024-05-13\"");
      return null;
    }
    return LocalDate.parse(value);
  }

  private static boolean isDate(String value) {
    if (!DATE.matcher(value).matches()) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false; // 2024-02-30 matches the pattern
    }
  }

  private static void url(String field, String value, Sink sink) {
    if (value == null) {
      return;
    }
    boolean valid;
    try {
      URI uri = new URI(value);
      valid = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      valid = false;
    }
    if (!valid) {
      sink.error("url-invalid", field, "is '" + printable(value) + "'; give an absolute http or https URL, e.g."
          + " \"https://arxiv.org/abs/2407.21783\"");
    }
  }

  private static void checkRequestLimits(ModelDefinition model, Sink sink) {
    RequestLimits limits = model.limits();
    boolean input = notNegative("maxInputTokens", limits.maxInputTokens(), "tokens", sink);
    boolean images = notNegative("maxImagesPerRequest", limits.maxImagesPerRequest(), "images", sink);
    boolean audio = notNegative("maxAudioSecondsPerRequest", limits.maxAudioSecondsPerRequest(), "seconds",
        sink);
    if (input && model.contextWindow() > 0 && limits.maxInputTokens() > model.contextWindow()) {
      sink.error("max-input-exceeds-context", "maxInputTokens", "is " + limits.maxInputTokens()
          + ", above the context window of " + model.contextWindow() + "; input counts against the context");
    }
    if (images && limits.maxImagesPerRequest() > 0 && !model.inputModalities().contains(Modality.IMAGE)) {
      sink.error("limit-without-modality", "maxImagesPerRequest", "is stated but the model takes no image"
          + " input; set vision (or state image input) or drop the limit");
    }
    if (audio && limits.maxAudioSecondsPerRequest() > 0 && !model.inputModalities().contains(Modality.AUDIO)) {
      sink.error("limit-without-modality", "maxAudioSecondsPerRequest", "is stated but the model takes no"
          + " audio input; set audioInput or transcription (or state audio input) or drop the limit");
    }
  }

  private static void checkPricingFacts(ModelDefinition model, Sink sink) {
    Pricing pricing = model.pricing().orElse(null);
    if (pricing == null) {
      return;
    }
    pricing.reasoningPerMillion().ifPresent(v -> price("pricing.reasoningPerMillion", v, sink));
    pricing.audioInputPerMillion().ifPresent(v -> price("pricing.audioInputPerMillion", v, sink));
    pricing.audioOutputPerMillion().ifPresent(v -> price("pricing.audioOutputPerMillion", v, sink));
    pricing.perRequest().ifPresent(v -> price("pricing.perRequest", v, sink));
    pricing.longContextInputPerMillion().ifPresent(v -> price("pricing.longContextInputPerMillion", v, sink));
    pricing.longContextOutputPerMillion().ifPresent(v -> price("pricing.longContextOutputPerMillion", v, sink));
    int threshold = pricing.longContextThreshold();
    boolean tierPrice = pricing.longContextInputPerMillion().isPresent()
        || pricing.longContextOutputPerMillion().isPresent();
    if (threshold < 0) {
      sink.error("long-context-threshold-invalid", "pricing.longContextThreshold", "is " + threshold
          + "; give the input tokens above which the long-context prices apply, e.g. 200_000");
    } else if (threshold == 0 && tierPrice) {
      String field = pricing.longContextInputPerMillion().isPresent() ? "pricing.longContextInputPerMillion"
          : "pricing.longContextOutputPerMillion";
      sink.error("long-context-without-threshold", field, "is stated but longContextThreshold is not; state the"
          + " input tokens above which this price applies, e.g. longContextThreshold = 200_000");
    } else if (threshold > 0 && !tierPrice) {
      sink.error("long-context-without-price", "pricing.longContextThreshold", "is " + threshold + " but no"
          + " long-context price is stated; add longContextInputPerMillion or longContextOutputPerMillion");
    } else if (threshold > 0 && model.contextWindow() > 0 && threshold >= model.contextWindow()) {
      sink.error("long-context-threshold-invalid", "pricing.longContextThreshold", "is " + threshold
          + ", not below the context window of " + model.contextWindow() + "; the long-context prices could never"
          + " apply");
    }
  }

  // ------------------------------------------------------------- compile-time validation: consistency between values

  /** Capabilities that make a per-image price meaningful: generating images, or taking them as input. */
  private static final Capabilities PRICED_PER_IMAGE = Capabilities.of(Capability.IMAGE_GENERATION,
      Capability.VISION);
  /** Capabilities that make a per-minute audio price meaningful. */
  private static final Capabilities PRICED_PER_AUDIO_MINUTE = Capabilities.of(Capability.SPEECH,
      Capability.TRANSCRIPTION, Capability.AUDIO_INPUT, Capability.AUDIO_OUTPUT, Capability.REALTIME);

  /** A price for a feature the model does not have is never charged: probably a copy-paste slip. */
  private static void checkPricedFeatures(ModelDefinition model, Sink sink) {
    Pricing pricing = model.pricing().orElse(null);
    if (pricing == null) {
      return;
    }
    if (pricing.perImage().isPresent() && !model.capabilities().hasAny(PRICED_PER_IMAGE)) {
      sink.warning("price-without-capability", "pricing.perImage", "is " + pricing.perImage().getAsDouble()
          + " but the model neither generates images nor takes them as input (" + names(PRICED_PER_IMAGE)
          + "); drop the price or set the capability");
    }
    if (pricing.audioPerMinute().isPresent() && !model.capabilities().hasAny(PRICED_PER_AUDIO_MINUTE)) {
      sink.warning("price-without-capability", "pricing.audioPerMinute", "is " + pricing.audioPerMinute().getAsDouble()
          + " but the model has none of " + names(PRICED_PER_AUDIO_MINUTE) + "; drop the price or set the"
          + " capability");
    }
  }

  /** Dates that are each well-formed but contradict each other. */
  private static void checkDateOrder(ModelDefinition model, Sink sink) {
    long created = model.created();
    if (created < EARLIEST_CREATED) {
      return; // unknown (0) or already reported as too early
    }
    java.time.LocalDate release = Instant.ofEpochSecond(Math.min(created, MAX_CHECKED_EPOCH_SECOND))
        .atZone(java.time.ZoneOffset.UTC).toLocalDate();
    String releaseMonth = release.toString().substring(0, 7);
    model.trainingCutoff().filter(cutoff -> YEAR_MONTH.matcher(cutoff).matches()).ifPresent(cutoff -> {
      if (cutoff.compareTo(releaseMonth) > 0) {
        sink.error("training-cutoff-after-created", "trainingCutoff", "is '" + cutoff + "', after the month the"
            + " model was created (" + releaseMonth + ", from created = " + created + "); a model cannot be"
            + " trained on later data. Check both values");
      }
    });
    model.deprecationDate().filter(ModelRules::isDate).ifPresent(date -> {
      if (date.compareTo(release.toString()) < 0) {
        sink.error("deprecated-before-created", "deprecationDate", "is '" + date + "', before the model was"
            + " created (" + release + ", from created = " + created + "); check both values");
      }
    });
  }

  /** Bounds the conversion of {@code created}; later values are reported as in the future anyway. */
  private static final long MAX_CHECKED_EPOCH_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z
}
