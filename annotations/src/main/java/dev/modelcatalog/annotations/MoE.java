package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The mixture-of-experts configuration of a {@link Model}. Declaring it sets the model's {@code moe} capability.
 *
 * <pre>{@code
 * @MoE(totalParams = 46_700_000_000L, activeParams = 12_900_000_000L, numExperts = 8, expertsPerToken = 2)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MoE {

  /** All parameters, every expert included. Required; at least 1. Example {@code 46_700_000_000L}. */
  long totalParams();

  /** Parameters active for one token. Required; from 1 to {@link #totalParams()}. Example {@code 12_900_000_000L}. */
  long activeParams();

  /** Number of experts per MoE layer. Required; at least 1. Example {@code 8}. */
  int numExperts();

  /** Experts each token is routed to. Required; from 1 to {@link #numExperts()}. Example {@code 2}. */
  int expertsPerToken();

  /** How tokens are routed. Default {@link MoEArchitecture#SPARSE}. */
  MoEArchitecture architecture() default MoEArchitecture.SPARSE;
}
