package dev.modelcatalog.benchmarks.generator;

import java.util.List;

/**
 * One real model as models.dev publishes it, reduced to the facts the generator varies.
 *
 * @param provider the models.dev provider that lists it, e.g. {@code openai}
 * @param id the provider's id for it, e.g. {@code gpt-4o} or {@code meta-llama/Llama-3.1-8B-Instruct}
 * @param name display name
 * @param reasoning whether it reasons
 * @param toolCall whether it calls tools
 * @param temperature whether it accepts a temperature
 * @param openWeights whether its weights are public
 * @param knowledge training cutoff as published ({@code YYYY-MM} or {@code YYYY-MM-DD}), or empty
 * @param releaseDate release date {@code YYYY-MM-DD}, or empty
 * @param inputModalities e.g. {@code text}, {@code image}, {@code audio}, {@code video}
 * @param outputModalities e.g. {@code text}, {@code image}
 * @param inputCost price per million input tokens
 * @param outputCost price per million output tokens
 * @param cacheReadCost price per million cached input tokens, or -1 when not offered
 * @param cacheWriteCost price per million tokens written to the cache, or -1 when not offered
 * @param context context window in tokens
 * @param output output limit in tokens
 */
public record SourceModel(
    String provider, String id, String name, boolean reasoning, boolean toolCall, boolean temperature,
    boolean openWeights, String knowledge, String releaseDate, List<String> inputModalities,
    List<String> outputModalities, double inputCost, double outputCost, double cacheReadCost,
    double cacheWriteCost, int context, int output) {

  public SourceModel {
    inputModalities = List.copyOf(inputModalities);
    outputModalities = List.copyOf(outputModalities);
  }
}
