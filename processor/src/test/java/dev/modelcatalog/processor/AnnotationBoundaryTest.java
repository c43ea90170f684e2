package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotation values at every boundary (0, -1, the largest and smallest numbers, NaN and infinities, empty strings,
 * 10,000-character strings, unicode, control characters) either compile or fail with a coded error on the stub
 * that holds them; none crashes the processor ("internal error") or javac. All stubs of a group compile together,
 * since the processor reports each model's problems and goes on.
 */
class AnnotationBoundaryTest {

  private static final JavaFileObject PROVIDER = provider("test.edge", "edge");
  private static final String LONG = "a".repeat(10_000);

  /** Values that break a documented rule, with the code of that rule. */
  private static final Map<String, String> INVALID = new LinkedHashMap<>();
  /** Values at the edge of what is allowed. */
  private static final Map<String, String> VALID = new LinkedHashMap<>();

  static {
    INVALID.put("@Model(id = \"cw-zero\", contextWindow = 0)", "context-window-not-positive");
    INVALID.put("@Model(id = \"cw-minus-one\", contextWindow = -1)", "context-window-not-positive");
    INVALID.put("@Model(id = \"cw-min\", contextWindow = Integer.MIN_VALUE)", "context-window-not-positive");
    INVALID.put("@Model(id = \"out-minus-one\", contextWindow = 10, maxOutputTokens = -1)",
        "max-output-not-positive");
    INVALID.put("@Model(id = \"out-max\", contextWindow = 10, maxOutputTokens = Integer.MAX_VALUE)",
        "max-output-exceeds-context");
    INVALID.put("@Model(id = \"created-minus-one\", contextWindow = 10, created = -1)", "created-too-early");
    INVALID.put("@Model(id = \"created-max\", contextWindow = 10, created = Long.MAX_VALUE)", "created-in-future");
    INVALID.put("@Model(id = \"created-min\", contextWindow = 10, created = Long.MIN_VALUE)", "created-too-early");
    INVALID.put("@Model(id = \"\", contextWindow = 10)", "id-blank");
    INVALID.put("@Model(id = \"" + LONG + "\", contextWindow = 10)", "id-too-long");
    INVALID.put("@Model(id = \"\\u043c\\u043e\\u0434\\u0435\\u043b\\u044c\", contextWindow = 10)", "id-invalid-char");
    INVALID.put("@Model(id = \"nul\\u0000id\", contextWindow = 10)", "id-whitespace");
    INVALID.put("@Model(id = \"emoji-\\uD83D\\uDE80\", contextWindow = 10)", "id-invalid-char");
    INVALID.put("@Model(id = \"tab\\tid\", contextWindow = 10)", "id-whitespace");
    INVALID.put("@Model(id = \"alias-empty\", contextWindow = 10, aliases = {\"\"})", "id-blank");
    INVALID.put("@Model(id = \"alias-long\", contextWindow = 10, aliases = {\"" + LONG + "\"})", "id-too-long");
    INVALID.put("@Model(id = \"date-bad\", contextWindow = 10, deprecated = true, deprecationDate = \"2024-13-45\")",
        "date-format");
    INVALID.put("@Model(id = \"cutoff-bad\", contextWindow = 10, trainingCutoff = \"\\u221e\")",
        "training-cutoff-format");
    INVALID.put("@Model(id = \"price-nan\", contextWindow = 10) @Pricing(inputPerMillion = Double.NaN)",
        "price-not-finite");
    INVALID.put("@Model(id = \"price-inf\", contextWindow = 10) @Pricing(outputPerMillion = Double.POSITIVE_INFINITY)",
        "price-not-finite");
    INVALID.put("@Model(id = \"price-minus-one\", contextWindow = 10) @Pricing(inputPerMillion = -1)",
        "price-negative");
    INVALID.put("@Model(id = \"price-lowest\", contextWindow = 10) @Pricing(inputPerMillion = -Double.MAX_VALUE)",
        "price-negative");
    INVALID.put("@Model(id = \"currency-empty\", contextWindow = 10) @Pricing(inputPerMillion = 1, currency = \"\")",
        "currency-invalid");
    INVALID.put("@Model(id = \"latency-nan\", contextWindow = 10) @Latency(ttftMean = Double.NaN)",
        "latency-not-finite");
    INVALID.put("@Model(id = \"latency-minus-one\", contextWindow = 10) @Latency(itlStd = -1)", "latency-negative");
    INVALID.put("@Model(id = \"latency-zero\", contextWindow = 10) @Latency(ttftMean = 0)", "latency-zero-mean");
    INVALID.put("@Model(id = \"moe-zero\", contextWindow = 10) "
        + "@MoE(totalParams = 0, activeParams = 0, numExperts = 0, expertsPerToken = 0)",
        "moe-total-params-not-positive");
    INVALID.put("@Model(id = \"moe-minus-one\", contextWindow = 10) "
        + "@MoE(totalParams = -1, activeParams = -1, numExperts = -1, expertsPerToken = -1)",
        "moe-experts-not-positive");
    INVALID.put("@Model(id = \"moe-max-active\", contextWindow = 10) @MoE(totalParams = 1, "
        + "activeParams = Long.MAX_VALUE, numExperts = 8, expertsPerToken = Integer.MAX_VALUE)",
        "moe-active-exceeds-total");

    VALID.put("@Model(id = \"cw-max\", contextWindow = Integer.MAX_VALUE, maxOutputTokens = Integer.MAX_VALUE)", "");
    VALID.put("@Model(id = \"created-zero\", contextWindow = 1, created = 0)", "");
    VALID.put("@Model(id = \"long-text\", contextWindow = 10, name = \"" + LONG + "\", description = \"" + LONG
        + "\", tags = {\"" + LONG + "\"})", "");
    VALID.put("@Model(id = \"unicode-text\", contextWindow = 10, name = \"\\u30e2\\u30c7\\u30eb \\uD83D\\uDE80\","
        + " description = \"\\u0130\\u00df \\\"quoted\\\" \\\\ back */ // \\n\", license = \"\")", "");
    VALID.put("@Model(id = \"line-separator\", contextWindow = 10, description = \"a\\u2028b\\u2029c\\u0085d\")", "");
    VALID.put("@Model(id = \"nul-char\", contextWindow = 10, description = \"a\\u0000b\\u001bc\")", "");
    VALID.put("@Model(id = \"" + "b".repeat(256) + "\", contextWindow = 10)", "");
    VALID.put("@Model(id = \"price-edges\", contextWindow = 10) @Pricing(inputPerMillion = Double.MAX_VALUE, "
        + "outputPerMillion = Double.MIN_VALUE, cachedInputPerMillion = -0.0)", "");
    VALID.put("@Model(id = \"moe-max\", contextWindow = 10) @MoE(totalParams = Long.MAX_VALUE, "
        + "activeParams = Long.MAX_VALUE, numExperts = Integer.MAX_VALUE, expertsPerToken = Integer.MAX_VALUE)", "");
    VALID.put("@Model(id = \"moe-edge\", contextWindow = 10) @MoE(totalParams = Long.MAX_VALUE, "
        + "activeParams = 1, numExperts = Integer.MAX_VALUE, expertsPerToken = 1)", "");
  }

  /** One stub per value, in its own class; the class names follow the map order. */
  private static List<JavaFileObject> stubs(Map<String, String> cases, String prefix) {
    List<JavaFileObject> stubs = new ArrayList<>();
    int i = 0;
    for (String annotations : cases.keySet()) {
      String name = prefix + i++;
      stubs.add(source("test.edge." + name, "package test.edge;", "import dev.modelcatalog.annotations.*;",
          annotations, "final class " + name + " {}", ""));
    }
    return stubs;
  }

  private static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      assertTrue(!message.contains("internal error") && !message.contains("Exception"), message);
    }
  }

  @Test
  void invalidBoundaryValues_failWithTheirCodeOnTheirStub() {
    List<JavaFileObject> stubs = stubs(INVALID, "Invalid");
    List<JavaFileObject> sources = new ArrayList<>(stubs);
    sources.add(PROVIDER);
    Compilation c = Compilations.compile(sources);
    assertNoCrash(c);
    List<String> codes = new ArrayList<>(INVALID.values());
    for (int i = 0; i < stubs.size(); i++) {
      assertThat(c).hadErrorContaining("[" + codes.get(i) + "]").inFile(stubs.get(i));
    }
    for (Diagnostic<? extends JavaFileObject> error : c.errors()) {
      assertTrue(error.getMessage(Locale.ROOT).matches("(?s)\\[[a-z-]+\\] .*"),
          "every error carries a code: " + error.getMessage(Locale.ROOT));
      assertTrue(error.getSource() != null, "every error points at a stub: " + error.getMessage(Locale.ROOT));
    }
  }

  @Test
  void validBoundaryValues_compileAndGenerateTheCatalog() {
    List<JavaFileObject> sources = new ArrayList<>(stubs(VALID, "Valid"));
    sources.add(PROVIDER);
    Compilation c = Compilations.compile(sources);
    assertNoCrash(c);
    assertEquals(List.of(), c.errors(), "errors");
    assertTrue(Compilations.generatedText(c).keySet().stream().anyMatch(name -> name.startsWith("EdgeCatalog")),
        Compilations.generatedText(c).keySet().toString());
  }
}
