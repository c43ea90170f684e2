package dev.modelcatalog.annotations;

/** The kind of network a {@link Model} is, as stated in {@link Architecture#family()}. */
public enum ArchitectureFamily {
  /** A dense transformer: every parameter takes part in every token (GPT-4o, Llama 3.1). */
  TRANSFORMER,
  /** A mixture-of-experts transformer; the model also declares {@link MoE} (Mixtral, DeepSeek-V3, GPT-OSS). */
  MOE,
  /** A state-space model without attention layers (Mamba). */
  SSM,
  /** Attention and state-space layers combined, with or without experts (Jamba). */
  HYBRID
}
