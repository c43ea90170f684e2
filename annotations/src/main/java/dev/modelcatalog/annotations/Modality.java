package dev.modelcatalog.annotations;

/**
 * A kind of content a {@link Model} takes in or puts out, as named in {@link Modalities}. The runtime's
 * {@code dev.modelcatalog.runtime.Modality} has the same constants and derives them from capabilities.
 */
public enum Modality {
  /** Plain text. */
  TEXT,
  /** Still images. */
  IMAGE,
  /** Speech or other sound. */
  AUDIO,
  /** Moving pictures. */
  VIDEO,
  /** PDF documents, read as text and page images. */
  PDF
}
