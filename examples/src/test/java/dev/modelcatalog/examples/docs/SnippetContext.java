package dev.modelcatalog.examples.docs;

import dev.modelcatalog.runtime.LatencyProfile;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Pricing;
import dev.modelcatalog.runtime.RegistryListener;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What the pages' code blocks use without declaring it, as a reader would have it at hand. Each block compiles as
 * a method of a subclass, so a block that declares one of these names declares its own.
 */
@SuppressWarnings("unused") // read by the compiled blocks, not here
abstract class SnippetContext {

  ModelRegistry registry;
  ModelDefinition model;
  ModelDefinition gpt4o;
  ModelDefinition cheaperGpt4o;
  Collection<ModelDefinition> anyCollectionOfDefinitions;
  Collection<String> removedIds;
  Pricing pricing;
  LatencyProfile.Timing ttft;
  RegistryListener listener;
  Platform platform;
  Path path;
  InputStream in;
  InputStream inputStream;
  long inputTokens;
  long outputTokens;
  long cachedTokens;
  String accessKey;
  String secretKey;

  /** The reader's own catalog, as generated for a provider {@code acme}: here, one without models. */
  static final class AcmeCatalog implements ModelCatalog {

    @Override
    public String providerId() {
      return "acme";
    }

    @Override
    public String providerName() {
      return "Acme";
    }

    @Override
    public int size() {
      return 0;
    }

    @Override
    public String id(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public String ownedBy(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public long capabilityBits(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public ModelDefinition model(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public void keys(KeySink sink) {}
  }
}
