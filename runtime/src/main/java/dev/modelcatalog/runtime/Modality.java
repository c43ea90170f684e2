package dev.modelcatalog.runtime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of content a model takes in or puts out. Derived from capabilities (see {@link #inputsOf} and
 * {@link #outputsOf}), so a query on modalities is answered from the same capability bit sets as any other.
 */
public enum Modality {
  TEXT,
  IMAGE,
  AUDIO,
  VIDEO,
  /**
   * PDF documents. No capability expresses PDF input, so a model takes PDF input when it has
   * {@link Capability#VISION} and carries the tag {@value #PDF_TAG}.
   */
  PDF;

  /** The tag that marks a vision model as reading PDF documents. */
  public static final String PDF_TAG = "pdf";

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in JSON, e.g. {@code image}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The capabilities any one of which gives a model this input modality: text for every model that reads
   * prompts or documents, image for vision, audio for audio input and transcription, video for video. Empty
   * for {@link #PDF}, which needs vision plus the {@value #PDF_TAG} tag.
   */
  public Capabilities inputCapabilities() {
    switch (this) {
      case TEXT:
        return Capabilities.of(Capability.CHAT, Capability.COMPLETION, Capability.EMBEDDINGS,
            Capability.CONTENT_MODERATION, Capability.RERANKING, Capability.SPEECH, Capability.IMAGE_GENERATION);
      case IMAGE:
        return Capabilities.of(Capability.VISION);
      case AUDIO:
        return Capabilities.of(Capability.AUDIO_INPUT, Capability.TRANSCRIPTION);
      case VIDEO:
        return Capabilities.of(Capability.VIDEO);
      default:
        return Capabilities.NONE;
    }
  }

  /**
   * The capabilities any one of which gives a model this output modality: text for chat, completion and
   * transcription, image for image generation, audio for audio output and speech. Empty for video and PDF,
   * which no capability produces.
   */
  public Capabilities outputCapabilities() {
    switch (this) {
      case TEXT:
        return Capabilities.of(Capability.CHAT, Capability.COMPLETION, Capability.TRANSCRIPTION);
      case IMAGE:
        return Capabilities.of(Capability.IMAGE_GENERATION);
      case AUDIO:
        return Capabilities.of(Capability.AUDIO_OUTPUT, Capability.SPEECH);
      default:
        return Capabilities.NONE;
    }
  }

  /** The input modalities of a model, in declaration order. */
  public static Set<Modality> inputsOf(ModelDefinition model) {
    EnumSet<Modality> inputs = EnumSet.noneOf(Modality.class);
    for (Modality modality : values()) {
      if (modality.isInputOf(model)) {
        inputs.add(modality);
      }
    }
    return Collections.unmodifiableSet(inputs);
  }

  /** The output modalities of a model, in declaration order. */
  public static Set<Modality> outputsOf(ModelDefinition model) {
    EnumSet<Modality> outputs = EnumSet.noneOf(Modality.class);
    for (Modality modality : values()) {
      if (model.capabilities().hasAny(modality.outputCapabilities())) {
        outputs.add(modality);
      }
    }
    return Collections.unmodifiableSet(outputs);
  }

  /** Whether the model takes this modality as input. */
  public boolean isInputOf(ModelDefinition model) {
    if (this == PDF) {
      return model.has(Capability.VISION) && model.tags().contains(PDF_TAG);
    }
    return model.capabilities().hasAny(inputCapabilities());
  }

  /** Whether the model puts out this modality. */
  public boolean isOutputOf(ModelDefinition model) {
    return model.capabilities().hasAny(outputCapabilities());
  }

  /**
   * Parses a modality name in any case: {@code text}, {@code IMAGE}.
   *
   * @throws IllegalArgumentException naming the value when it is no modality
   */
  public static Modality parse(String name) {
    if (name != null) {
      for (Modality modality : values()) {
        if (modality.jsonName.equals(name.trim().toLowerCase(Locale.ROOT))) {
          return modality;
        }
      }
    }
    throw new IllegalArgumentException("modality: '" + name + "' is no modality; expected one of text, image,"
        + " audio, video, pdf");
  }
}
