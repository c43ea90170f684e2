package dev.modelcatalog.examples;

import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Resolves model ids against the built-in catalog and prints what it knows about each.
 *
 * <pre>
 * java -jar examples/target/modelcatalog-examples.jar GPT_4O meta-llama/Llama-3.1-8B-Instruct
 * </pre>
 *
 * <p>Exit status: 0 when every id resolved, 2 when one did not, 1 on a usage error.
 */
public final class Lookup {

  private Lookup() {}

  public static void main(String[] args) {
    System.exit(run(ModelRegistry.loadDefault(), args, System.out, System.err));
  }

  /** Runs the lookup; returns the exit status. */
  static int run(ModelRegistry registry, String[] ids, PrintStream out, PrintStream err) {
    if (ids.length == 0) {
      err.println("usage: Lookup <model-id>...   (for example: Lookup gpt4o)");
      return 1;
    }
    int status = 0;
    for (String id : ids) {
      Optional<ModelDefinition> model = registry.find(id);
      if (model.isPresent()) {
        out.print(ModelSummary.describe(id, model.get()));
      } else {
        err.println("unknown model '" + id + "' (" + registry.size() + " models in the catalog)");
        status = 2;
      }
    }
    return status;
  }
}
