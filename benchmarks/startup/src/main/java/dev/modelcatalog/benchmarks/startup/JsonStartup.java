package dev.modelcatalog.benchmarks.startup;

import dev.modelcatalog.runtime.ModelDefinition;
import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * Loads a JSON catalog with Jackson into definitions in a {@code HashMap} and looks one model up: the alternative
 * to {@link CompiledStartup}. Exit status 0 when the model was found, 2 when not.
 *
 * <pre>java -cp runtime:jackson JsonStartup models.json gpt-4o</pre>
 */
public final class JsonStartup {

  private JsonStartup() {}

  public static void main(String[] args) throws IOException {
    Map<String, ModelDefinition> models = JsonCatalogLoader.byIdOrAlias(JsonCatalogLoader.load(new File(args[0])));
    if (models.get(args[1]) == null) {
      System.err.println("not found: " + args[1] + " among " + models.size() + " keys");
      System.exit(2);
    }
  }
}
