package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The classes a starting server loads for its first lookup. Each class read from a jar costs a starting JVM some
 * tenths of a millisecond to load and verify, so the lookup path keeps two kinds out: the exception classes it
 * throws (verifying a class that throws one by name loads it, see {@link Failures}) and the switch-map classes
 * javac writes for a switch on an enum.
 */
class StartupClassesTest {

  /** Loads this project's classes itself, in a fresh namespace, and records which; the JDK's come from above. */
  static final class RecordingLoader extends URLClassLoader {
    final List<Class<?>> loaded = Collections.synchronizedList(new ArrayList<>());

    RecordingLoader(URL... urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> c = super.findClass(name);
      loaded.add(c);
      return c;
    }
  }

  /** A generated catalog's shape: one model, built on first use with {@code buildCompiled()}, keys fed as ids. */
  public static final class OneModelCatalog implements ModelCatalog {
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
      return 1;
    }

    @Override
    public String id(int index) {
      return "acme/model-1";
    }

    @Override
    public String ownedBy(int index) {
      return "acme";
    }

    @Override
    public long capabilityBits(int index) {
      return Presets.capabilities(CapabilityPreset.REASONING).bits();
    }

    @Override
    public ModelDefinition model(int index) {
      return ModelDefinition.builder("acme/model-1").ownedBy("acme").contextWindow(131_072)
          .preset(CapabilityPreset.REASONING).latency(LatencyPreset.LARGE).pricing(Pricing.of(0.15, 0.6))
          .tags("reasoning").provider("acme").buildCompiled();
    }

    @Override
    public void keys(KeySink sink) {
      sink.key(KeyKind.ID, "acme/model-1", 0);
      sink.key(KeyKind.NORMALIZED, "model-1", 0);
    }
  }

  /** What a server does before its first answer: a registry of its catalogs, an exact and a normalized lookup. */
  public static final class FirstLookups implements Supplier<String> {
    @Override
    public String get() {
      ModelRegistry registry = ModelRegistry.builder().addCatalogs(new OneModelCatalog()).build();
      String exact = registry.find("acme/model-1").map(ModelDefinition::id).orElse("none");
      String normalized = registry.find("MODEL_1").map(ModelDefinition::id).orElse("none");
      return exact + " " + normalized;
    }
  }

  @Test
  void firstLookups_loadNoExceptionClass_andNoSwitchMap() throws Exception {
    URL testClasses = StartupClassesTest.class.getProtectionDomain().getCodeSource().getLocation();
    URL runtimeClasses = ModelRegistry.class.getProtectionDomain().getCodeSource().getLocation();
    URL annotationClasses = CapabilityPreset.class.getProtectionDomain().getCodeSource().getLocation();
    try (RecordingLoader loader = new RecordingLoader(testClasses, runtimeClasses, annotationClasses)) {
      @SuppressWarnings("unchecked")
      Supplier<String> lookups = (Supplier<String>) loader.loadClass(FirstLookups.class.getName())
          .getConstructor().newInstance();
      assertEquals("acme/model-1 acme/model-1", lookups.get());
      // A copy before reading fields, which loads the classes of their types.
      List<Class<?>> loaded = List.copyOf(loader.loaded);
      List<String> names = new ArrayList<>();
      for (Class<?> c : loaded) {
        names.add(c.getName());
      }
      // The recorder saw the lookup path itself, not classes a parent loader had already loaded.
      assertTrue(names.contains(ModelRegistry.class.getName()), names.toString());
      assertTrue(names.contains(KeyTable.class.getName()), names.toString());
      for (Class<?> c : loaded) {
        assertTrue(!Throwable.class.isAssignableFrom(c), c.getName() + " loaded by the first lookups: " + names);
        for (Field field : c.getDeclaredFields()) {
          assertTrue(!field.getName().startsWith("$SwitchMap$"),
              c.getName() + " is a switch map, loaded by the first lookups: " + names);
        }
      }
    }
  }
}
