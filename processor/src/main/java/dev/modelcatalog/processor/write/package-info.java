/**
 * Stage 4, writing: JavaPoet writers, one per generated artifact, and the plain-text resources. The only package
 * that touches JavaPoet. Output depends on the model alone (sorted, no dates, no machine details), so equal input
 * gives byte-identical files.
 *
 * <p>Depends on {@code model}, {@link dev.modelcatalog.processor.Names} and JavaPoet; refers to runtime types
 * through {@link dev.modelcatalog.processor.write.RuntimeTypes}.
 */
package dev.modelcatalog.processor.write;
