package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The classes a starting server loads for its first lookup. Each class read from a jar costs a starting JVM some
 * tenths of a millisecond to load and verify, so the lookup path keeps out the exception classes it throws
 * (verifying a class that throws one by name loads it, see {@link Failures}), the switch-map classes javac writes
 * for a switch on an enum, and anonymous classes. Nor does building a definition derive its modality and parameter
 * sets, work out a preset's capabilities or latency it states, or load the class of a default it does not state.
 * The lookups run in a JVM of their own, started for the test, which logs every class it loads: a fresh JVM is what
 * a starting server is, and its classes stay out of this one.
 */
class StartupClassesTest {

  /**
   * A generated catalog's shape: one model, built on first use with {@code buildCompiled()} from the preset label
   * and the capability bits the processor worked out, keys fed as ids. It states no latency, as the processor
   * writes a model with the default ({@code MEDIUM}) latency preset; another preset it writes as numbers.
   */
  public static final class OneModelCatalog implements ModelCatalog {
    /**
     * Chat, streaming, reasoning, tool calling, structured outputs, JSON mode, as a literal: a processor writes the
     * bits, and naming the {@code Capability} constants would load the class the test requires unloaded
     * ({@link #bitsName_theCapabilitiesTheyStandFor} checks the literal).
     */
    static final long BITS = 0x8d81L;

    /** As a generated catalog's constructor: the format check, whose failure path must load nothing. */
    public OneModelCatalog() {
      ModelCatalog.requireFormat(ModelCatalog.FORMAT, OneModelCatalog.class);
    }

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
      return BITS;
    }

    @Override
    public ModelDefinition model(int index) {
      return ModelDefinition.builder("acme/model-1").ownedBy("acme").contextWindow(131_072)
          .preset(CapabilityPreset.REASONING).capabilities(Capabilities.ofBits(BITS))
          .pricing(Pricing.of(0.15, 0.6))
          .tags("reasoning").provider("acme").buildCompiled();
    }

    /** Generated catalogs name their compilation, which checked their keys: the registry does not check again. */
    @Override
    public String compilationId() {
      return "startup-classes-test";
    }

    /** As generated catalogs feed keys: through the sink's method for each kind. */
    @Override
    public void keys(KeySink sink) {
      sink.id("acme/model-1", 0);
      sink.normalized("model-1", 0);
      sink.compact("acme/model-1", 0);
    }
  }

  /**
   * What a server does before its first answer: a registry of its catalogs, an exact and a normalized lookup. A
   * line between the two marks what the exact lookup loaded.
   */
  public static final class FirstLookups {
    public static void main(String[] args) {
      ModelRegistry registry = ModelRegistry.of(new OneModelCatalog());
      // No lambdas: they would load classes of their own.
      ModelDefinition exact = registry.find("acme/model-1").orElse(null);
      System.out.println(EXACT_DONE);
      ModelDefinition normalized = registry.find("MODEL_1").orElse(null);
      System.out.println("found: " + (exact == null ? "none" : exact.id()) + " "
          + (normalized == null ? "none" : normalized.id()));
    }
  }

  private static final String EXACT_DONE = "-- the exact lookup answered";

  @Test
  void bitsName_theCapabilitiesTheyStandFor() {
    assertEquals(Capabilities.of(Capability.CHAT, Capability.STREAMING, Capability.REASONING, Capability.TOOL_CALLING,
        Capability.STRUCTURED_OUTPUTS, Capability.JSON_MODE), Capabilities.ofBits(OneModelCatalog.BITS));
  }

  @Test
  void capabilityCount_isTheNumberOfCapabilities() {
    // Capabilities checks bits against the constant without loading Capability; a new capability must raise it.
    assertEquals(Capability.values().length, Capability.COUNT);
  }

  @Test
  void firstLookups_loadNoExceptionClass_andNoSwitchMap() throws Exception {
    String classPath = String.join(File.pathSeparator, codeSource(StartupClassesTest.class),
        codeSource(ModelRegistry.class), codeSource(CapabilityPreset.class));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info", "-cp", classPath, FirstLookups.class.getName())
        .redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the lookups' JVM did not end");
    assertEquals(0, process.exitValue(), String.join("\n", lines));
    assertTrue(lines.contains("found: acme/model-1 acme/model-1"), String.join("\n", lines));

    // "[0.051s][info][class,load] dev.modelcatalog.runtime.ModelRegistry source: file:/..."
    List<String> ours = new ArrayList<>();
    int loadedByTheExactLookup = -1;
    for (String line : lines) {
      int at = line.indexOf("[class,load] dev.modelcatalog.");
      if (at >= 0) {
        ours.add(line.substring(at + "[class,load] ".length()).split(" ", 2)[0]);
      } else if (line.equals(EXACT_DONE)) {
        loadedByTheExactLookup = ours.size();
      }
    }
    assertTrue(loadedByTheExactLookup > 0, String.join("\n", lines));
    // An exact hit builds its partition's exact table only: the normalized and compact forms, whose hashes walk
    // every key, wait for the first lookup that misses; the generated catalog's sink methods need no key kinds.
    List<String> exactOnly = ours.subList(0, loadedByTheExactLookup);
    assertTrue(exactOnly.contains(KeyTable.class.getName() + "$Builder"), exactOnly.toString());
    assertTrue(!exactOnly.contains(NormalizedKeys.class.getName()), exactOnly.toString());
    assertTrue(ours.contains(NormalizedKeys.class.getName()), "the normalized lookup walks the query: " + ours);
    assertTrue(!ours.contains(ModelCatalog.KeyKind.class.getName()), ours.toString());
    // The log saw the lookup path itself.
    assertTrue(ours.contains(ModelRegistry.class.getName()), ours.toString());
    assertTrue(ours.contains(KeyTable.class.getName()), ours.toString());
    // A definition derives its modality and parameter sets when first asked, and nothing here asks.
    assertTrue(!ours.contains(Modality.class.getName()) && !ours.contains(RequestParameters.class.getName()),
        ours.toString());
    // A definition that states its capabilities, and its latency or none, never works out a preset's.
    assertTrue(!ours.contains(Presets.class.getName()) && !ours.contains(LatencyPreset.class.getName()),
        ours.toString());
    // Nor does it load the classes of values it does not state, each a few tenths of a millisecond: the defaults
    // of architecture, limits, status and references, the price builder and offers behind a token-only price, the
    // capability constants behind bits; nor the key check that the processor made for catalogs of one compilation.
    // (An overlay that hides nothing holds no BitSet either, but the log cannot show it: JDK 25's ZipFile loads
    // BitSet itself when it opens a jar.)
    // Naming the catalogs (ModelRegistry.of) loads no builder; sharing a definition's tags loads no class of its own.
    assertTrue(!ours.contains(ModelRegistry.Builder.class.getName()), ours.toString());
    assertTrue(!ours.contains(SharedSets.class.getName()), ours.toString());
    // A catalog's format check makes its exception elsewhere, so verifying ModelCatalog loads neither.
    assertTrue(!ours.contains(Failures.class.getName()), ours.toString());
    for (String unstated : List.of(UniqueKeys.class.getName(), ModelArchitecture.class.getName(),
        RequestLimits.class.getName(), ModelStatus.class.getName(), ModelDefinition.class.getName() + "$References",
        Pricing.Builder.class.getName(), Pricing.class.getName() + "$Offers", Capability.class.getName())) {
      assertTrue(!ours.contains(unstated), unstated + " loaded by the first lookups: " + ours);
    }
    for (String name : ours) {
      Class<?> c = Class.forName(name, false, StartupClassesTest.class.getClassLoader());
      assertTrue(!Throwable.class.isAssignableFrom(c), name + " loaded by the first lookups: " + ours);
      // An anonymous class (a comparator, say) is one more class to load: the path has none.
      assertTrue(!c.isAnonymousClass(), name + " is an anonymous class, loaded by the first lookups");
      for (Field field : c.getDeclaredFields()) {
        assertTrue(!field.getName().startsWith("$SwitchMap$"), name + " is a switch map, loaded by the first lookups");
      }
    }
  }

  private static String codeSource(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
