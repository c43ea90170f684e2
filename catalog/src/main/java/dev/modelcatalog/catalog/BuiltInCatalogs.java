package dev.modelcatalog.catalog;

import dev.modelcatalog.catalog.anthropic.AnthropicCatalog;
import dev.modelcatalog.catalog.deepseek.DeepseekCatalog;
import dev.modelcatalog.catalog.meta.MetaCatalog;
import dev.modelcatalog.catalog.mistral.MistralCatalog;
import dev.modelcatalog.catalog.nvidia.NvidiaCatalog;
import dev.modelcatalog.catalog.openai.OpenAiCatalog;
import dev.modelcatalog.runtime.ModelCatalog;

/**
 * The built-in catalogs by name, for a registry that should not scan the class path:
 *
 * <pre>{@code
 * ModelRegistry registry = ModelRegistry.of(BuiltInCatalogs.all());
 * }</pre>
 *
 * <p>{@code ModelRegistry.loadDefault()} finds the same catalogs through {@code ServiceLoader}, which opens every
 * jar on the class path to look for them; at start-up, with a class-data sharing archive, that scan is most of the
 * time a registry takes to answer its first lookup.
 */
public final class BuiltInCatalogs {

  private BuiltInCatalogs() {}

  /** A new instance of each built-in catalog, in the order of the service file. */
  public static ModelCatalog[] all() {
    return new ModelCatalog[] {
        new AnthropicCatalog(), new DeepseekCatalog(), new MetaCatalog(), new MistralCatalog(), new NvidiaCatalog(),
        new OpenAiCatalog()};
  }
}
