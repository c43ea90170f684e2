package dev.modelcatalog.runtime;

/** What kind of model an id names, as {@link Discovery#categorize} guesses it from the id alone. */
public enum ModelCategory {
  /** Conversational text generation: {@code gpt-4o}, {@code claude-3-opus}. */
  CHAT,
  /** Plain text completion: {@code davinci-002}, {@code gpt-3.5-turbo-instruct}. */
  COMPLETION,
  /** Chat models that reason before answering: {@code o1}, {@code deepseek-ai/DeepSeek-R1}. */
  REASONING,
  /** Vector embeddings: {@code text-embedding-3-small}. */
  EMBEDDING,
  /** Content moderation: {@code text-moderation-latest}. */
  MODERATION,
  /** Image generation: {@code dall-e-3}. */
  IMAGE,
  /** Speech in or out: {@code whisper-1}, {@code tts-1}. */
  AUDIO,
  /** Reranking: {@code nv-rerankqa-mistral-4b-v3}. */
  RERANK
}
