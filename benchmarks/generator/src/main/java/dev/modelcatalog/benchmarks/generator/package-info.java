/**
 * The synthetic catalog generator: reads the real models.dev entries shipped as a resource, varies them with a
 * seeded random source (prefixes, sizes, suffixes, dates, versions) into any number of unique models with every
 * field filled, and writes them as annotated stub sources (for the processor) and as JSON (for the Jackson
 * comparison). The same seed always gives the same models, byte for byte.
 */
package dev.modelcatalog.benchmarks.generator;
