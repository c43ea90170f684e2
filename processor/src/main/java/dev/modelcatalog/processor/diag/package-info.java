/**
 * Reporting: the {@link dev.modelcatalog.processor.diag.Diagnostics} reporter and the
 * {@link dev.modelcatalog.processor.diag.Message} catalog of the processor's own messages.
 *
 * <p>Depends only on {@code javax.annotation.processing} and {@code javax.lang.model}; every other stage reports
 * through it, so message text and codes live in one place.
 */
package dev.modelcatalog.processor.diag;
