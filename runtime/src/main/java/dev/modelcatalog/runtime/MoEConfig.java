package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.MoEArchitecture;

/**
 * The mixture-of-experts configuration of a model. Values are not checked here: {@link ModelRules} checks them
 * when a definition is built, and reports every problem at once.
 *
 * @param totalParams all parameters, every expert included
 * @param activeParams parameters active for one token
 * @param numExperts experts per MoE layer
 * @param expertsPerToken experts each token is routed to
 * @param architecture how tokens are routed
 */
public record MoEConfig(
    long totalParams, long activeParams, int numExperts, int expertsPerToken, MoEArchitecture architecture) {

  public MoEConfig {
    if (architecture == null) {
      architecture = MoEArchitecture.SPARSE;
    }
  }

  /** A sparse MoE configuration. */
  public static MoEConfig sparse(long totalParams, long activeParams, int numExperts, int expertsPerToken) {
    return new MoEConfig(totalParams, activeParams, numExperts, expertsPerToken, MoEArchitecture.SPARSE);
  }

  /** Share of the parameters active for one token, from 0 to 1. */
  public double activationRatio() {
    return totalParams <= 0 ? 0 : (double) activeParams / totalParams;
  }

  /** Parameters of one expert, estimated as total parameters over experts. */
  public long expertSizeParams() {
    return numExperts <= 0 ? 0 : totalParams / numExperts;
  }
}
