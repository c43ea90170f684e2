package dev.modelcatalog.processor.importer;

import java.util.List;

/**
 * One real model: the canonical entry written as a stub, and the other providers' entries of the same model,
 * written as routes.
 *
 * @param owner who made the model ({@code ownedBy})
 * @param canonical the entry whose facts the stub declares
 * @param routes the other entries, ordered by platform id
 */
record ImportedModel(String owner, ModelFacts canonical, List<ModelFacts> routes) {

  ImportedModel {
    routes = List.copyOf(routes);
  }
}
