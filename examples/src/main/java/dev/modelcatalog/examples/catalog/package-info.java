/**
 * What the server and the CLI share beyond the registry itself: {@link dev.modelcatalog.examples.catalog.Resolved}
 * (a query with its match), {@link dev.modelcatalog.examples.catalog.Recommendations} (models ranked for a
 * request, with exact costs) and {@link dev.modelcatalog.examples.catalog.RegistryJson} (JSON for matches, routes,
 * statistics, usage and costs). Models themselves are written and read by the runtime's
 * {@code dev.modelcatalog.runtime.json} package; every lookup, query, price and route comes from
 * {@code ModelRegistry}.
 */
package dev.modelcatalog.examples.catalog;
