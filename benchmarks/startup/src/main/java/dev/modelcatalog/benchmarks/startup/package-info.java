/**
 * Programs measured as whole processes (JVM start, registry ready, first lookup) and the heap measurement. Each
 * is a plain {@code main} with nothing but what it measures; run.sh times them with hyperfine and chooses the
 * catalog under test by the class path it gives them.
 */
package dev.modelcatalog.benchmarks.startup;
