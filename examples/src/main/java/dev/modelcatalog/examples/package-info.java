/**
 * Programs that show the library working against the built-in catalog. They use only the runtime's public
 * API, so they double as the black-box check that generated catalogs compile in a real consumer.
 */
package dev.modelcatalog.examples;
