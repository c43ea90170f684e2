package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.catalog.BuiltInCatalogs;
import dev.modelcatalog.runtime.ModelRegistry;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/**
 * The published jars on the module path: each names its automatic module in its manifest, so a {@code module-info}
 * can require it by a name that does not change with the jar's file name, and the runtime finds the built-in
 * catalog there as it does on the class path.
 *
 * <p>Checks the jars themselves, so it runs where the build packaged them ({@code mvn verify}, or this module's
 * tests on their own); a reactor run that stops at {@code test} has classes directories, with no manifest to read.
 */
class ModulePathTest {

  /** Each published module's name, and a class of its jar. */
  private static final Map<String, Class<?>> PUBLISHED = Map.of(
      "dev.modelcatalog.annotations", Model.class,
      "dev.modelcatalog.runtime", ModelRegistry.class,
      "dev.modelcatalog.catalog", BuiltInCatalogs.class);

  /** The runtime's own dependencies, which a module path must hold too. */
  private static final List<Class<?>> RUNTIME_DEPENDENCIES = List.of(
      ObjectMapper.class, JsonFactory.class, JsonProperty.class, LevenshteinDistance.class, StringUtils.class,
      Histogram.class);

  @Test
  void eachJarNamesItsAutomaticModule() {
    for (Map.Entry<String, Class<?>> published : PUBLISHED.entrySet()) {
      Path jar = jarOf(published.getValue());
      ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
      assertEquals(published.getKey(), descriptor.name(), jar.toString());
      assertTrue(descriptor.isAutomatic(), jar + " has a module descriptor of its own");
    }
  }

  @Test
  void loadDefault_findsTheBuiltInCatalogsOnTheModulePath() throws ReflectiveOperationException {
    ModuleFinder finder = ModuleFinder.of(Stream.concat(PUBLISHED.values().stream(), RUNTIME_DEPENDENCIES.stream())
        .map(ModulePathTest::jarOf).toArray(Path[]::new));
    Set<String> all = finder.findAll().stream().map(ModuleReference::descriptor).map(ModuleDescriptor::name)
        .collect(Collectors.toSet());
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);
    // The platform loader as parent: the layer sees none of the copies of these classes on the test class path.
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("dev.modelcatalog.runtime");
    Class<?> registryClass = loader.loadClass(ModelRegistry.class.getName());
    assertEquals("dev.modelcatalog.runtime", registryClass.getModule().getName());

    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Object registry = registryClass.getMethod("loadDefault").invoke(null);
      Optional<?> found = (Optional<?>) registryClass.getMethod("find", String.class).invoke(registry, "GPT_4O");
      assertTrue(found.isPresent(), "no gpt-4o on the module path");
      List<?> catalogs = (List<?>) registryClass.getMethod("catalogs").invoke(registry);
      Set<String> catalogModules = catalogs.stream().map(c -> c.getClass().getModule().getName())
          .collect(Collectors.toSet());
      assertEquals(Set.of("dev.modelcatalog.catalog"), catalogModules);
      assertEquals(classNames(Arrays.stream(BuiltInCatalogs.all())),
          classNames(catalogs.stream().map(Object.class::cast)));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Set<String> classNames(Stream<Object> catalogs) {
    return catalogs.map(c -> c.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The jar a class was loaded from; skips the test when it came from a classes directory. */
  private static Path jarOf(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      assumeTrue(Files.isRegularFile(location), () -> type.getName() + " comes from " + location + ", not a jar");
      return location;
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
