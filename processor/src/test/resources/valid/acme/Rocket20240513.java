package test.acme;

import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.Route;
import dev.modelcatalog.annotations.Snapshot;

/** An older snapshot with other prices and a single route. */
@Model(id = "rocket-2024-05-13", contextWindow = 128_000, maxOutputTokens = 4096)
@Pricing(inputPerMillion = 5.00, outputPerMillion = 15.00)
@Snapshot(family = "rocket", date = "2024-05-13")
@Route(platform = "acme-edge")
final class Rocket20240513 {}
