package dev.modelcatalog.runtime;

import java.util.List;

/**
 * What a registry holds beyond its compiled catalogs, read from one state: what a restart would lose and a saved
 * overlay keeps.
 *
 * @param models the models registered or replaced at run time, in id order (auto-created ones are not among them)
 * @param removedCompiledIds the ids of compiled models removed at run time and not replaced, in id order
 */
public record RuntimeChanges(List<ModelDefinition> models, List<String> removedCompiledIds) {

  public RuntimeChanges {
    models = List.copyOf(models);
    removedCompiledIds = List.copyOf(removedCompiledIds);
  }
}
