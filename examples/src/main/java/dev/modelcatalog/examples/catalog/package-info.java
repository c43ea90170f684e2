/**
 * The examples' one view of the registry: {@link dev.modelcatalog.examples.catalog.CatalogService} answers
 * every question the server, the page and the CLI ask, and {@link dev.modelcatalog.examples.catalog.ModelJson}
 * writes and reads models as JSON. Both sit on the runtime's public API only, so that the front ends depend on
 * one small surface that follows the runtime as it grows.
 */
package dev.modelcatalog.examples.catalog;
