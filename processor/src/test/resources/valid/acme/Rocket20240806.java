package test.acme;

import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.Route;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.annotations.Snapshot;

/** The latest snapshot: the family id "rocket" becomes its alias; three routes, declared out of order. */
@Model(id = "rocket-2024-08-06", contextWindow = 128_000, maxOutputTokens = 16_384)
@Pricing(inputPerMillion = 2.50, outputPerMillion = 10.00)
@Snapshot(family = "rocket", date = "2024-08-06", latest = true)
@Route(platform = "openrouter", modelString = "acme/rocket", priority = 2, outputPerMillion = 11.00)
@Route(platform = "direct")
@Route(platform = "acme-cloud", modelString = "rocket-eu", priority = 3, status = RouteStatus.BETA,
    inputPerMillion = 2.75, contextWindow = 32_768, maxOutputTokens = 4096,
    endpoint = "https://eu.acme.example/v1")
final class Rocket20240806 {}
