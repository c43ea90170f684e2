/**
 * The model server: an OpenAI-compatible {@code /v1/models} API, the registry API and the catalog page, on
 * Undertow. {@link dev.modelcatalog.examples.server.ModelServer} wires it; each handler serves one family of
 * routes and answers from {@link dev.modelcatalog.examples.catalog.CatalogService} only.
 */
package dev.modelcatalog.examples.server;
