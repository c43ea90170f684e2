/**
 * Stage 3, validation: per-model checks (the runtime's {@code ModelRules}, mapped back to the attribute at
 * fault), then catalog-wide checks across the compilation and the class path. Validators return a
 * {@link dev.modelcatalog.processor.validate.Report}; they never write files.
 *
 * <p>Depends on {@code read}, {@code model}, {@code diag} and the runtime; never on {@code write}.
 */
package dev.modelcatalog.processor.validate;
