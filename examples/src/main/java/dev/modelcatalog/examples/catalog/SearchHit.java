package dev.modelcatalog.examples.catalog;

import dev.modelcatalog.runtime.ModelDefinition;

/**
 * One result of a multi-word search.
 *
 * @param model the model
 * @param score higher is better; a word found in the id counts most, then the name, then tags, capabilities,
 *     owner and description
 */
public record SearchHit(ModelDefinition model, int score) {}
