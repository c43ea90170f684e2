package dev.modelcatalog.benchmarks.generator;

import dev.modelcatalog.runtime.ModelDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Command line: writes a synthetic catalog's stubs and, optionally, the same models as JSON.
 *
 * <pre>
 * GeneratorMain --count 10000 --providers 8 --seed 42 --provider-prefix s10k- \
 *     --package dev.modelcatalog.bench.s10k --out target/generated-sources/stubs [--json target/s10k.json]
 * </pre>
 */
public final class GeneratorMain {

  private GeneratorMain() {}

  /** The options, with their defaults. */
  record Options(int count, int providers, long seed, String providerPrefix, String basePackage, Path out,
      Path json) {

    static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
        }
        values.put(args[i].substring(2), args[i + 1]);
      }
      for (String required : List.of("count", "out")) {
        if (!values.containsKey(required)) {
          throw new IllegalArgumentException("--" + required + " is required");
        }
      }
      return new Options(Integer.parseInt(values.get("count")),
          Integer.parseInt(values.getOrDefault("providers", "4")),
          Long.parseLong(values.getOrDefault("seed", "42")),
          values.getOrDefault("provider-prefix", "synthetic-"),
          values.getOrDefault("package", "dev.modelcatalog.bench.synthetic"),
          Path.of(values.get("out")),
          values.containsKey("json") ? Path.of(values.get("json")) : null);
    }
  }

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    SyntheticCatalogGenerator generator = new SyntheticCatalogGenerator(ModelsDevReader.readShipped(),
        options.providers(), options.providerPrefix());
    List<SyntheticModel> models = generator.generate(options.count(), options.seed());
    // Regenerating rewrites every file and forces javac to recompile them all: skip when the same options give
    // the same models (the checksum catches a change to the generator itself).
    Path stamp = options.out().resolve(".generated");
    String fingerprint = options + " " + checksum(models) + "\n";
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
        && (options.json() == null || Files.exists(options.json()))) {
      System.out.println("stubs up to date in " + options.out());
      return;
    }
    deleteJavaFiles(options.out());
    Map<String, String> providerNames = new TreeMap<>();
    for (String provider : generator.providerIds()) {
      providerNames.put(provider, "Synthetic " + provider);
    }
    int files = new StubWriter(options.out(), options.basePackage()).write(models, providerNames);
    System.out.println("wrote " + files + " stub files for " + models.size() + " models to " + options.out());
    if (options.json() != null) {
      List<ModelDefinition> definitions = new ArrayList<>(models.size());
      for (SyntheticModel model : models) {
        definitions.add(Definitions.of(model));
      }
      new JsonCatalogWriter().write(definitions, options.json());
      System.out.println("wrote " + definitions.size() + " models as JSON to " + options.json());
    }
    Files.writeString(stamp, fingerprint);
  }

  private static String checksum(List<SyntheticModel> models) {
    CRC32 crc = new CRC32();
    for (SyntheticModel model : models) {
      crc.update(model.toString().getBytes(StandardCharsets.UTF_8));
    }
    return Long.toHexString(crc.getValue());
  }

  /** Removes stubs of an earlier run, so a model that is gone leaves no stale file behind. */
  private static void deleteJavaFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Files.delete(file);
      }
    }
  }
}
