package dev.modelcatalog.examples.catalog;

/**
 * One way to reach a model.
 *
 * @param platform where requests go, for example {@code direct}
 * @param provider who serves the model
 * @param modelString the model string that platform expects
 * @param priority 1 is tried first
 * @param status {@code active} or {@code deprecated}
 * @param inputPerMillion price per million input tokens on this route, or null when unknown
 * @param outputPerMillion price per million output tokens on this route, or null when unknown
 */
public record RouteView(String platform, String provider, String modelString, int priority, String status,
    Double inputPerMillion, Double outputPerMillion) {}
