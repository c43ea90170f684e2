/**
 * The model server: an OpenAI-compatible {@code /v1/models} API, the registry API, the catalog page and
 * Prometheus metrics, on Undertow. {@link dev.modelcatalog.examples.server.ModelServer} wires it; each handler
 * serves one family of routes and answers from the {@code ModelRegistry} it is given; the write side saves every
 * change through the runtime's {@code OverlayStore}.
 */
package dev.modelcatalog.examples.server;
