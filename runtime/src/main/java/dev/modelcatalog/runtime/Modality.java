package dev.modelcatalog.runtime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of content a model takes in or puts out. Derived from capabilities unless the model states its
 * modalities (see {@link #derivedInputs} and {@link #derivedOutputs}); a stated modality needs a capability that
 * provides it ({@link ModelRules}), so a query on modalities is narrowed on the same capability bit sets as any
 * other before the definitions are checked.
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
    // Ifs, not switches: a switch on an enum compiles to one more class, which start-up would load.
    if (this == TEXT) {
      return Capabilities.of(Capability.CHAT, Capability.COMPLETION, Capability.EMBEDDINGS,
          Capability.CONTENT_MODERATION, Capability.RERANKING, Capability.SPEECH, Capability.IMAGE_GENERATION);
    } else if (this == IMAGE) {
      return Capabilities.of(Capability.VISION);
    } else if (this == AUDIO) {
      return Capabilities.of(Capability.AUDIO_INPUT, Capability.TRANSCRIPTION);
    } else if (this == VIDEO) {
      return Capabilities.of(Capability.VIDEO);
    }
    return Capabilities.NONE;
  }

  /**
   * The capabilities any one of which gives a model this output modality: text for chat, completion and
   * transcription, image for image generation, audio for audio output and speech. Empty for video and PDF,
   * which no capability produces.
   */
  public Capabilities outputCapabilities() {
    if (this == TEXT) {
      return Capabilities.of(Capability.CHAT, Capability.COMPLETION, Capability.TRANSCRIPTION);
    } else if (this == IMAGE) {
      return Capabilities.of(Capability.IMAGE_GENERATION);
    } else if (this == AUDIO) {
      return Capabilities.of(Capability.AUDIO_OUTPUT, Capability.SPEECH);
    }
    return Capabilities.NONE;
  }

  /**
   * The input modalities of a model, in declaration order: those it states ({@code @Modalities(input = ...)}),
   * else those {@link #derivedInputs derived} from its capabilities.
   */
  public static Set<Modality> inputsOf(ModelDefinition model) {
    return model.inputModalities();
  }

  /**
   * The output modalities of a model, in declaration order: those it states ({@code @Modalities(output = ...)}),
   * else those {@link #derivedOutputs derived} from its capabilities.
   */
  public static Set<Modality> outputsOf(ModelDefinition model) {
    return model.outputModalities();
  }

  /**
   * The input modalities a model with these capabilities and tags has when it states none: every modality one of
   * whose {@link #inputCapabilities()} it has, and {@link #PDF} with vision plus the {@value #PDF_TAG} tag.
   */
  public static Set<Modality> derivedInputs(Capabilities capabilities, List<String> tags) {
    EnumSet<Modality> inputs = EnumSet.noneOf(Modality.class);
    for (Modality modality : values()) {
      boolean input = modality == PDF ? capabilities.has(Capability.VISION) && tags.contains(PDF_TAG)
          : capabilities.hasAny(modality.inputCapabilities());
      if (input) {
        inputs.add(modality);
      }
    }
    return SharedSets.modalities(Collections.unmodifiableSet(inputs));
  }

  /** The output modalities a model with these capabilities has when it states none. */
  public static Set<Modality> derivedOutputs(Capabilities capabilities) {
    EnumSet<Modality> outputs = EnumSet.noneOf(Modality.class);
    for (Modality modality : values()) {
      if (capabilities.hasAny(modality.outputCapabilities())) {
        outputs.add(modality);
      }
    }
    return SharedSets.modalities(Collections.unmodifiableSet(outputs));
  }

  /**
   * The capabilities any one of which a model needs to state this input modality: {@link #inputCapabilities()},
   * and vision for {@link #PDF}.
   */
  public Capabilities statedInputNeeds() {
    return this == PDF ? Capabilities.of(Capability.VISION) : inputCapabilities();
  }

  /** Whether the model takes this modality as input. */
  public boolean isInputOf(ModelDefinition model) {
    return model.inputModalities().contains(this);
  }

  /** Whether the model puts out this modality. */
  public boolean isOutputOf(ModelDefinition model) {
    return model.outputModalities().contains(this);
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
