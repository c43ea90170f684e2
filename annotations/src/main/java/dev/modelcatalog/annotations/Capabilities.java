package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@link Model} can do, on top of its {@link Model#preset()}: only the attributes the author writes change
 * the preset's set; those left out keep the preset's value (the defaults below are never read as "false").
 *
 * <pre>{@code
 * @Model(id = "gpt-4o", preset = CapabilityPreset.VISION, contextWindow = 128_000)
 * @Capabilities(audioInput = true, predictedOutputs = true, logprobs = false)
 * }</pre>
 *
 * <p>The processor checks the resulting set for consistency (an embeddings model does not chat, reasoning needs
 * chat or completion, and so on; see the README's list of diagnostics).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Capabilities {

  /** Chat completions ({@code /v1/chat/completions}). Default: the preset's value. */
  boolean chat() default false;

  /** Legacy text completions ({@code /v1/completions}). Default: the preset's value. */
  boolean completion() default false;

  /** Produces embeddings ({@code /v1/embeddings}). Default: the preset's value. */
  boolean embeddings() default false;

  /** Accepts image input. Default: the preset's value. */
  boolean vision() default false;

  /** Accepts audio input in chat. Default: the preset's value. */
  boolean audioInput() default false;

  /** Produces audio output in chat. Default: the preset's value. */
  boolean audioOutput() default false;

  /** Accepts video input. Default: the preset's value. */
  boolean video() default false;

  /** Produces reasoning (thinking) before its answer. Default: the preset's value. */
  boolean reasoning() default false;

  /** Calls tools (functions). Default: the preset's value. */
  boolean toolCalling() default false;

  /** Calls several tools in one turn. Default: the preset's value. */
  boolean parallelToolCalls() default false;

  /** Follows a JSON schema exactly. Default: the preset's value. */
  boolean structuredOutputs() default false;

  /** Produces valid JSON on request. Default: the preset's value. */
  boolean jsonMode() default false;

  /** Accepts a predicted output to speed up edits. Default: the preset's value. */
  boolean predictedOutputs() default false;

  /** Is a mixture-of-experts model; set automatically by {@link MoE}. Default: the preset's value. */
  boolean moe() default false;

  /** Can be fine-tuned. Default: the preset's value. */
  boolean fineTunable() default false;

  /** Streams tokens as server-sent events. Default: the preset's value. */
  boolean streaming() default false;

  /** Serves the realtime (WebSocket) API. Default: the preset's value. */
  boolean realtime() default false;

  /** Classifies content ({@code /v1/moderations}). Default: the preset's value. */
  boolean contentModeration() default false;

  /** Caches prompt prefixes. Default: the preset's value. */
  boolean promptCaching() default false;

  /** Shares KV cache across requests. Default: the preset's value. */
  boolean kvCacheSharing() default false;

  /** Accepts batch jobs. Default: the preset's value. */
  boolean batch() default false;

  /** Honours the {@code temperature} parameter. Default: the preset's value. */
  boolean temperature() default false;

  /** Returns log probabilities. Default: the preset's value. */
  boolean logprobs() default false;

  /** Generates images ({@code /v1/images}). Default: the preset's value. */
  boolean imageGeneration() default false;

  /** Speaks text (text to speech, {@code /v1/audio/speech}). Default: the preset's value. */
  boolean speech() default false;

  /** Transcribes speech (speech to text, {@code /v1/audio/transcriptions}). Default: the preset's value. */
  boolean transcription() default false;

  /** Reranks documents ({@code /v1/rerank}). Default: the preset's value. */
  boolean reranking() default false;
}
