package test.acme;

import dev.modelcatalog.annotations.Model;

/** A model with neither routes nor snapshots. */
@Model(id = "spark", contextWindow = 8192)
final class Spark {}
