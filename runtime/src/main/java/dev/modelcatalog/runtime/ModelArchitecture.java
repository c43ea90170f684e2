package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.ArchitectureFamily;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The network behind a model, as far as it is published. Numbers are 0 when not stated; values are not checked
 * here: {@link ModelRules} checks them when a definition is built, and reports every problem at once.
 *
 * @param parameters total parameter count, every expert included
 * @param numLayers layers
 * @param hiddenSize width of the hidden state
 * @param numHeads attention heads per layer
 * @param family the kind of network; null when not stated
 */
public record ModelArchitecture(long parameters, int numLayers, int hiddenSize, int numHeads,
    ArchitectureFamily family) {

  /** Nothing stated. */
  public static final ModelArchitecture NONE = new ModelArchitecture(0, 0, 0, 0, null);

  /** A model of this many parameters, nothing else stated. */
  public static ModelArchitecture ofParameters(long parameters) {
    return new ModelArchitecture(parameters, 0, 0, 0, null);
  }

  /** Whether nothing is stated. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  public OptionalLong statedParameters() {
    return parameters == 0 ? OptionalLong.empty() : OptionalLong.of(parameters);
  }

  public OptionalInt statedNumLayers() {
    return numLayers == 0 ? OptionalInt.empty() : OptionalInt.of(numLayers);
  }

  public OptionalInt statedHiddenSize() {
    return hiddenSize == 0 ? OptionalInt.empty() : OptionalInt.of(hiddenSize);
  }

  public OptionalInt statedNumHeads() {
    return numHeads == 0 ? OptionalInt.empty() : OptionalInt.of(numHeads);
  }

  public Optional<ArchitectureFamily> statedFamily() {
    return Optional.ofNullable(family);
  }
}
