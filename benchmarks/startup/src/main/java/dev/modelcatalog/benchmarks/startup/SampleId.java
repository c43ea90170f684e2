package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelRegistry;

/** Prints the id of the model in the middle of the class path's catalogs: the id the start-up runs look up. */
public final class SampleId {

  private SampleId() {}

  public static void main(String[] args) {
    ModelRegistry registry = ModelRegistry.loadDefault();
    if (registry.size() == 0) {
      System.err.println("no compiled catalog on the class path");
      System.exit(2);
    }
    System.out.println(registry.all().get(registry.size() / 2).id());
  }
}
