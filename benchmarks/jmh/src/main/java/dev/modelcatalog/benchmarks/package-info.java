/**
 * The JMH suite. Every benchmark runs over the catalog named by {@link CatalogState#catalog} ({@code builtin}, or
 * the synthetic {@code 1k}, {@code 10k}, {@code 50k}) and has its baseline in the same class, so one run measures
 * both on the same machine under the same noise: the ratio is the figure that counts.
 */
package dev.modelcatalog.benchmarks;
