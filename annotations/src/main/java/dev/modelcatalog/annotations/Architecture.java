package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The network behind a {@link Model}, where the provider publishes it (open-weight models mostly). Every
 * attribute is optional: {@code 0} means "not stated".
 *
 * <pre>{@code
 * @Architecture(parameters = 70_600_000_000L, numLayers = 80, hiddenSize = 8192, numHeads = 64)
 * }</pre>
 *
 * <p>Checks: every stated number is at least 1; {@link #numHeads()} divides {@link #hiddenSize()} when both are
 * stated; for a model with {@link MoE}, {@link #parameters()} equals {@link MoE#totalParams()} when both are
 * stated, and the family is {@link ArchitectureFamily#MOE} or {@link ArchitectureFamily#HYBRID}; a family of
 * {@code MOE} needs {@link MoE}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Architecture {

  /**
   * Total parameter count, every expert included. Default 0: not stated (a model with {@link MoE} then reports
   * {@link MoE#totalParams()}). At least 1 when stated. Example {@code 8_030_000_000L} (Llama 3.1 8B).
   */
  long parameters() default 0;

  /** Number of transformer (or state-space) layers. Default 0: not stated; at least 1. Example {@code 32}. */
  int numLayers() default 0;

  /** Width of the hidden state (model dimension). Default 0: not stated; at least 1. Example {@code 4096}. */
  int hiddenSize() default 0;

  /**
   * Attention heads per layer (query heads). Default 0: not stated; at least 1, and a divisor of
   * {@link #hiddenSize()} when both are stated. Example {@code 32}.
   */
  int numHeads() default 0;

  /**
   * The kind of network. Default {@link ArchitectureFamily#TRANSFORMER}, or {@link ArchitectureFamily#MOE} for a
   * model that declares {@link MoE} and leaves this out. Example {@code ArchitectureFamily.HYBRID}.
   */
  ArchitectureFamily family() default ArchitectureFamily.TRANSFORMER;
}
