package dev.modelcatalog.benchmarks.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes synthetic models as the stub sources a provider's author would write: one {@code package-info.java} with
 * {@code @Provider} per provider package, and one file per model holding an empty class with {@code @Model},
 * {@code @Capabilities}, {@code @MoE}, {@code @Latency} and {@code @Pricing}, stating only what differs from the
 * defaults.
 */
public final class StubWriter {

  private final Path sourceRoot;
  private final String basePackage;

  /**
   * @param sourceRoot the source directory to write into
   * @param basePackage the package under which each provider gets its own package
   */
  public StubWriter(Path sourceRoot, String basePackage) {
    this.sourceRoot = sourceRoot;
    this.basePackage = basePackage;
  }

  /** The package of a provider's stubs: the base package plus the provider id's letters and digits. */
  public String packageOf(String provider) {
    return basePackage + "." + provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Writes every stub and every provider's package-info; returns the number of files written. */
  public int write(List<SyntheticModel> models, Map<String, String> providerNames) throws IOException {
    int files = 0;
    for (Map.Entry<String, String> provider : providerNames.entrySet()) {
      write(provider.getKey(), "package-info", packageInfo(provider.getKey(), provider.getValue()));
      files++;
    }
    for (SyntheticModel model : models) {
      write(model.provider(), model.className(), stub(model));
      files++;
    }
    return files;
  }

  private void write(String provider, String simpleName, String source) throws IOException {
    Path dir = sourceRoot.resolve(packageOf(provider).replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(simpleName + ".java"), source, StandardCharsets.UTF_8);
  }

  String packageInfo(String provider, String name) {
    return "@Provider(id = " + literal(provider) + ", name = " + literal(name) + ")\n"
        + "package " + packageOf(provider) + ";\n\n"
        + "import dev.modelcatalog.annotations.Provider;\n";
  }

  /** The source of one stub. */
  public String stub(SyntheticModel m) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageOf(m.provider())).append(";\n\n");
    out.append("import dev.modelcatalog.annotations.Capabilities;\n");
    out.append("import dev.modelcatalog.annotations.CapabilityPreset;\n");
    out.append("import dev.modelcatalog.annotations.Latency;\n");
    out.append("import dev.modelcatalog.annotations.LatencyPreset;\n");
    if (m.moe() != null) {
      out.append("import dev.modelcatalog.annotations.MoE;\n");
    }
    out.append("import dev.modelcatalog.annotations.Model;\n");
    out.append("import dev.modelcatalog.annotations.Pricing;\n\n");
    out.append("/** ").append(m.name()).append(". */\n");

    Attributes model = new Attributes("Model")
        .add("id", literal(m.id()))
        .add("name", literal(m.name()))
        .add("ownedBy", literal(m.ownedBy()))
        .add("created", m.created() + "L")
        .add("description", literal(m.description()))
        .add("version", literal(m.version()))
        .add("contextWindow", Integer.toString(m.contextWindow()))
        .add("maxOutputTokens", Integer.toString(m.maxOutputTokens()))
        .add("trainingCutoff", literal(m.trainingCutoff()))
        .add("tags", array(m.tags()))
        .add("license", literal(m.license()))
        .add("preset", "CapabilityPreset." + m.preset().name());
    if (!m.aliases().isEmpty()) {
      model.add("aliases", array(m.aliases()));
    }
    if (m.deprecated()) {
      model.add("deprecated", "true")
          .add("deprecationDate", literal(m.deprecationDate()))
          .add("replacement", literal(m.replacement()));
    }
    out.append(model);

    if (!m.capabilities().isEmpty()) {
      Attributes capabilities = new Attributes("Capabilities");
      m.capabilities().forEach((name, value) -> capabilities.add(name, value.toString()));
      out.append(capabilities);
    }
    if (m.moe() != null) {
      out.append(new Attributes("MoE")
          .add("totalParams", m.moe().totalParams() + "L")
          .add("activeParams", m.moe().activeParams() + "L")
          .add("numExperts", Integer.toString(m.moe().numExperts()))
          .add("expertsPerToken", Integer.toString(m.moe().expertsPerToken())));
    }
    Attributes latency = new Attributes("Latency").add("preset", "LatencyPreset." + m.latency().preset().name());
    if (m.latency().ttftMean() != null) {
      latency.add("ttftMean", m.latency().ttftMean().toString());
    }
    if (m.latency().itlMean() != null) {
      latency.add("itlMean", m.latency().itlMean().toString());
    }
    out.append(latency);
    Attributes pricing = new Attributes("Pricing")
        .add("inputPerMillion", Double.toString(m.pricing().input()))
        .add("outputPerMillion", Double.toString(m.pricing().output()));
    if (m.pricing().cachedInput() != null) {
      pricing.add("cachedInputPerMillion", m.pricing().cachedInput().toString());
    }
    if (m.pricing().cacheWrite() != null) {
      pricing.add("cacheWritePerMillion", m.pricing().cacheWrite().toString());
    }
    out.append(pricing);
    out.append("final class ").append(m.className()).append(" {}\n");
    return out.toString();
  }

  /** One annotation with its attributes, printed one attribute per line. */
  private static final class Attributes {
    private final String annotation;
    private final StringJoiner values = new StringJoiner(",\n    ", "(\n    ", ")\n");

    Attributes(String annotation) {
      this.annotation = annotation;
    }

    Attributes add(String name, String value) {
      values.add(name + " = " + value);
      return this;
    }

    @Override
    public String toString() {
      return "@" + annotation + values;
    }
  }

  private static String array(List<String> values) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (String value : values) {
      joiner.add(literal(value));
    }
    return joiner.toString();
  }

  /**
   * A Java string literal. Control characters become spaces (a unicode escape of a line break would end the
   * literal, since javac translates escapes before it reads strings); other non-ASCII text is escaped.
   */
  static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(' ');
      } else if (c > 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
