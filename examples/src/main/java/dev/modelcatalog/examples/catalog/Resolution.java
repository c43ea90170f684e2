package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.ModelDefinition;

/**
 * How a query found its model.
 *
 * @param query the text as asked for
 * @param model the model found
 * @param strategy how: {@code exact}, {@code alias}, {@code normalized}, {@code compact}, {@code snapshot}
 *     (a dated or versioned snapshot of a known id) or {@code edit_distance}
 * @param confidence from 0 to 1; 1 for every strategy but edit distance
 */
public record Resolution(String query, ModelDefinition model, String strategy, double confidence) {}
