package dev.modelcatalog.benchmarks.startup;

import java.util.List;

/**
 * One model as the JSON catalog file holds it (snake-case fields, bound by Jackson): what a program that keeps its
 * catalog in JSON reads.
 */
record JsonModel(
    String id, String name, String ownedBy, String provider, long created, String description, String version,
    int contextWindow, int maxOutputTokens, String trainingCutoff, List<String> tags, List<String> aliases,
    boolean deprecated, String deprecationDate, String replacement, String license, String preset,
    List<String> capabilities, Moe moe, Latency latency, Price pricing) {

  record Moe(long totalParams, long activeParams, int numExperts, int expertsPerToken, String architecture) {}

  record Latency(double ttftMean, double ttftStd, double itlMean, double itlStd, double visionMultiplier,
      double audioMultiplier, double videoMultiplier, double reasoningMultiplier, double toolCallingMultiplier) {}

  record Price(double inputPerMillion, double outputPerMillion, Double cachedInputPerMillion,
      Double cacheWritePerMillion, String currency) {}
}
