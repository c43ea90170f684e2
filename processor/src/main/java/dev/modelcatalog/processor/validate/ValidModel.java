package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.ModelDeclaration;

/**
 * A model that passed its own checks: the spec to generate from, and the declaration to report catalog-wide
 * problems on.
 */
public record ValidModel(ModelDeclaration declaration, ModelSpec spec) {}
