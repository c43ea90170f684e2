/**
 * Programs that show the library working against the built-in catalog: the model server
 * ({@link dev.modelcatalog.examples.server}), its catalog page, and the command-line tool
 * ({@link dev.modelcatalog.examples.cli}), all answering through {@link dev.modelcatalog.examples.catalog}. They
 * use only the runtime's public API, so they double as the black-box check that generated catalogs compile in a
 * real consumer.
 */
package dev.modelcatalog.examples;
