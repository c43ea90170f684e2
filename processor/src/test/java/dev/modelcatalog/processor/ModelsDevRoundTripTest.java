package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.modelcatalog.processor.importer.CatalogImporter;
import dev.modelcatalog.processor.importer.Category;
import dev.modelcatalog.processor.importer.Format;
import dev.modelcatalog.processor.importer.GeneratedSource;
import dev.modelcatalog.processor.importer.ImportOptions;
import dev.modelcatalog.processor.importer.ImportResult;
import dev.modelcatalog.processor.importer.ReportLine;
import dev.modelcatalog.processor.importer.RouteRecord;
import dev.modelcatalog.runtime.Capabilities;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRegistry;
import dev.modelcatalog.runtime.Pricing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof at scale: the whole models.dev catalog is imported, the stubs are compiled by the processor in memory,
 * the generated catalogs are loaded into a {@link ModelRegistry}, and every one of the source's entries is
 * checked against the JSON: it is a canonical model with the same facts, a route with the same model string,
 * prices and limits, or it has a line in the importer's report. The expected facts are read from the JSON here,
 * with the mapping the importer documents, not taken from the importer.
 */
class ModelsDevRoundTripTest {

  private static final String SOURCE = "importer/models-dev.json";
  /** 2026-01-01: a fixed present, so the import does not depend on the day it runs. */
  private static final long NOW = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  /** Categories that say a fact was changed, by the fact they change. */
  private static final Set<Category> LIMIT_FIXES = EnumSet.of(Category.IMPOSSIBLE_LIMIT);

  private static JsonNode json;
  private static ImportResult result;
  private static Compilation compilation;
  private static ModelRegistry registry;

  @BeforeAll
  static void importCompileAndLoad() throws Exception {
    json = new ObjectMapper().readTree(resource());
    try (InputStream in = resource()) {
      result = CatalogImporter.convert(in, Format.MODELS_DEV, ImportOptions.defaults().now(NOW));
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedSource source : result.sources()) {
      sources.add(JavaFileObjects.forSourceString(source.qualifiedName(), source.content()));
    }
    compilation = Compilations.compile(sources);
    registry = ModelRegistry.builder().addClassPathCatalogs(new GeneratedClassLoader(compilation))
        .autoCreate(false).build();
  }

  private static InputStream resource() {
    InputStream in = ModelsDevRoundTripTest.class.getClassLoader().getResourceAsStream(SOURCE);
    if (in == null) {
      throw new IllegalStateException("no test resource " + SOURCE);
    }
    return in;
  }

  @Test
  void generatedStubs_compileWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void registry_holdsOneModelPerStub() {
    assertEquals(result.report().stubs().size(), registry.size());
    for (String id : result.report().stubs().keySet()) {
      assertEquals(id, registry.find(id).map(ModelDefinition::id).orElse(null), id);
    }
  }

  @Test
  void everySourceEntry_isAModelARouteOrAReportLine() {
    Map<String, RouteRecord> routes = new HashMap<>();
    for (RouteRecord route : result.report().routes()) {
      routes.put(route.platform() + "/" + route.modelString(), route);
    }
    int entries = 0;
    int models = 0;
    int routed = 0;
    int reportedOnly = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> provider : json.get("providers").properties()) {
      for (Map.Entry<String, JsonNode> entry : provider.getValue().get("models").properties()) {
        entries++;
        String providerId = provider.getKey();
        String id = entry.getKey();
        JsonNode source = entry.getValue();
        List<ReportLine> lines = result.report().linesFor(providerId, id);
        ModelDefinition model = registry.find(id).orElse(null);
        RouteRecord route = routes.get(providerId + "/" + id);
        if (model != null && model.id().equals(id) && model.provider().orElse("").equals(providerId)) {
          models++;
          checkModel(providerId + "/" + id, source, model, lines, problems);
        } else if (route != null) {
          routed++;
          checkRoute(providerId + "/" + id, source, route, lines, problems);
        } else if (!lines.isEmpty()) {
          reportedOnly++;
        } else {
          problems.add(providerId + "/" + id + ": neither a model nor a route, and no report line");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(687, entries);
    assertEquals(entries, models + routed + reportedOnly);
    assertEquals(result.report().stubs().size(), models);
    assertEquals(result.report().routes().size(), routed);
  }

  @Test
  void identity_makesOneModelPerRealModelOwnedByItsMaker() {
    ModelDefinition gpt5 = registry.find("gpt-5").orElseThrow();
    assertEquals("openai", gpt5.provider().orElseThrow());
    assertEquals("openai", gpt5.ownedBy());
    ModelDefinition oss = registry.find("gpt-oss-120b").orElseThrow();
    assertEquals("openai", oss.ownedBy(), "no OpenAI API lists it, but OpenAI made it");
    Set<String> platforms = new HashSet<>();
    for (RouteRecord route : result.report().routes()) {
      if (route.modelId().equals("gpt-5")) {
        platforms.add(route.platform());
      }
    }
    assertEquals(Set.of("azure", "fastrouter", "github-copilot", "opencode", "openrouter", "requesty", "vercel"),
        platforms);
  }

  @Test
  void report_hasALineForEachKnownFlawOfTheSource() {
    // output above context (chutes, submodel, wandb) and missing limits (cloudflare, nvidia): about 30
    assertTrue(result.report().lines(Category.IMPOSSIBLE_LIMIT).size() >= 30,
        "impossible limits: " + result.report().lines(Category.IMPOSSIBLE_LIMIT).size());
    assertEquals(68, result.report().lines(Category.CUTOFF_FORMAT).size(), "cutoffs written YYYY-MM-DD");
    assertTrue(result.report().linesFor("openai", "gpt-3.5-turbo").stream()
        .anyMatch(line -> line.category() == Category.PRICE), "cache_read above input");
  }

  private static void checkModel(String entry, JsonNode source, ModelDefinition model, List<ReportLine> lines,
      List<String> problems) {
    Set<Category> categories = categories(lines);
    if (!categories.contains(Category.IMPOSSIBLE_LIMIT)) {
      expect(entry, "context", source.at("/limit/context").asInt(), model.contextWindow(), problems);
      expect(entry, "output", source.at("/limit/output").asInt(), model.maxOutputTokens(), problems);
    }
    if (!categories.contains(Category.CAPABILITY)) {
      expect(entry, "capabilities", expectedCapabilities(source), model.capabilities(), problems);
    }
    if (!categories.contains(Category.PRICE)) {
      JsonNode cost = source.get("cost");
      Pricing pricing = model.pricing().orElse(null);
      if (cost == null) {
        expect(entry, "pricing", null, pricing, problems);
      } else if (pricing == null) {
        problems.add(entry + ": no pricing, source has " + cost);
      } else {
        expect(entry, "input price", cost.get("input").asDouble(), pricing.inputPerMillion(), problems);
        expect(entry, "output price", cost.get("output").asDouble(), pricing.outputPerMillion(), problems);
        expect(entry, "cache read", cost.has("cache_read") ? cost.get("cache_read").asDouble() : null,
            pricing.cachedInputPerMillion().isPresent() ? pricing.cachedInputPerMillion().getAsDouble() : null,
            problems);
        expect(entry, "cache write", cost.has("cache_write") ? cost.get("cache_write").asDouble() : null,
            pricing.cacheWritePerMillion().isPresent() ? pricing.cacheWritePerMillion().getAsDouble() : null,
            problems);
      }
    }
    String knowledge = source.path("knowledge").asText(null);
    String cutoff = model.trainingCutoff().orElse(null);
    if (categories.contains(Category.CUTOFF_FORMAT)) {
      expect(entry, "cutoff", knowledge.substring(0, 7), cutoff, problems);
    } else {
      expect(entry, "cutoff", knowledge, cutoff, problems);
    }
    if (!categories.contains(Category.RELEASE_DATE)) {
      long created = LocalDate.parse(source.get("release_date").asText()).atStartOfDay(ZoneOffset.UTC)
          .toEpochSecond();
      expect(entry, "created", created, model.created(), problems);
    }
    expect(entry, "name", source.get("name").asText(), model.name(), problems);
    expect(entry, "open weights", source.get("open_weights").asBoolean(), model.tags().contains("open-weights"),
        problems);
  }

  private static void checkRoute(String entry, JsonNode source, RouteRecord route, List<ReportLine> lines,
      List<String> problems) {
    Set<Category> categories = categories(lines);
    if (!categories.contains(Category.ROUTE)) {
      problems.add(entry + ": a route without a route line in the report");
    }
    if (!categories.contains(Category.IMPOSSIBLE_LIMIT)) {
      expect(entry, "route context", source.at("/limit/context").asInt(), route.contextWindow(), problems);
      expect(entry, "route output", source.at("/limit/output").asInt(), route.maxOutputTokens(), problems);
    }
    JsonNode cost = source.get("cost");
    if (cost == null) {
      expect(entry, "route price", false, route.inputPerMillion().isPresent(), problems);
    } else if (!categories.contains(Category.PRICE)) {
      expect(entry, "route input price", cost.get("input").asDouble(), route.inputPerMillion().orElse(-1),
          problems);
      expect(entry, "route output price", cost.get("output").asDouble(), route.outputPerMillion().orElse(-1),
          problems);
    }
  }

  /** The documented mapping of models.dev flags and modalities, written out independently of the importer. */
  private static Capabilities expectedCapabilities(JsonNode source) {
    Set<String> in = strings(source.at("/modalities/input"));
    Set<String> out = strings(source.at("/modalities/output"));
    Set<Capability> caps = EnumSet.noneOf(Capability.class);
    boolean chat = in.contains("text") && out.contains("text");
    if (chat) {
      Collections.addAll(caps, Capability.CHAT, Capability.STREAMING);
      add(caps, in.contains("image"), Capability.VISION);
      add(caps, in.contains("audio"), Capability.AUDIO_INPUT);
      add(caps, in.contains("video"), Capability.VIDEO);
      add(caps, out.contains("audio"), Capability.AUDIO_OUTPUT);
      add(caps, source.get("reasoning").asBoolean(), Capability.REASONING);
      add(caps, source.get("tool_call").asBoolean(), Capability.TOOL_CALLING);
    }
    add(caps, !in.contains("text") && in.contains("audio") && out.contains("text"), Capability.TRANSCRIPTION);
    add(caps, out.contains("audio") && !out.contains("text"), Capability.SPEECH);
    add(caps, out.contains("image"), Capability.IMAGE_GENERATION);
    add(caps, source.get("temperature").asBoolean(), Capability.TEMPERATURE);
    return Capabilities.copyOf(caps);
  }

  private static void add(Set<Capability> caps, boolean condition, Capability capability) {
    if (condition) {
      caps.add(capability);
    }
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static Set<Category> categories(List<ReportLine> lines) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    lines.forEach(line -> categories.add(line.category()));
    return categories;
  }

  private static void expect(String entry, String fact, Object expected, Object actual, List<String> problems) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      problems.add(entry + ": " + fact + " expected " + expected + " but was " + actual);
    }
  }

  /**
   * Serves the compilation's class files and its generated resources (the service file among them), so
   * {@link java.util.ServiceLoader} finds the generated catalogs as it would on a class path.
   */
  private static final class GeneratedClassLoader extends ClassLoader {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
    private final Map<String, byte[]> files = new TreeMap<>();

    GeneratedClassLoader(Compilation compilation) {
      super(ModelsDevRoundTripTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        int at = path.indexOf(CLASS_OUTPUT);
        if (at < 0) {
          continue;
        }
        try (InputStream in = file.openInputStream()) {
          files.put(path.substring(at + CLASS_OUTPUT.length()), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = files.get(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected URL findResource(String name) {
      byte[] bytes = files.get(name);
      if (bytes == null) {
        return null;
      }
      try {
        return new URL(null, "memory:/" + name, new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {}

              @Override
              public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
              }
            };
          }
        });
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
      URL url = findResource(name);
      return Collections.enumeration(url == null ? List.of() : List.of(url));
    }
  }
}
