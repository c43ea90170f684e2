package dev.modelcatalog.annotations;

/** How a mixture-of-experts model routes its tokens. */
public enum MoEArchitecture {
  /** Each token activates a few experts out of many (Mixtral, DeepSeek-V3, GPT-OSS). */
  SPARSE,
  /** Every expert sees every token, outputs mixed by a gate. */
  DENSE,
  /** Dense layers interleaved with sparse expert layers. */
  HYBRID
}
