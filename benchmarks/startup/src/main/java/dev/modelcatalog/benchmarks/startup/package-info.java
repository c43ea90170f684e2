/**
 * Programs measured as whole processes (JVM start, registry ready, first lookup) and the heap measurement. Each
 * is a plain {@code main} with nothing but what it measures; run.sh times them with hyperfine and chooses the
 * catalog under test by the class path it gives them. {@link dev.modelcatalog.benchmarks.startup.IdleProcessor}
 * is the baseline of the processor's cost: annotation processing that writes one empty class.
 */
package dev.modelcatalog.benchmarks.startup;
