package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrometheusFormatTest {

  /** A sample line of the text format: name, optional labels with escaped values, a number. */
  private static final Pattern SAMPLE = Pattern.compile(
      "[a-zA-Z_:][a-zA-Z0-9_:]*\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\""
          + "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\")*\\} -?[0-9]+(?:\\.[0-9]+)?");

  UsageRecorder usage;

  @BeforeEach
  void setUp() {
    ModelRegistry registry = ModelRegistry.builder()
        .addCatalogs(new FixtureCatalog("openai", UsageRecorderTest.GPT_4O, UsageRecorderTest.MINI))
        .addDefinitions(UsageRecorderTest.EURO, UsageRecorderTest.UNPRICED)
        .build();
    usage = registry.usage();
    usage.record("gpt-4o", 1_000, 500, 200, 120_000_000L);
    usage.record("gpt-4o", 3_000, 100, 0, 241_000_000L);
    usage.record("mistral-small", 1_000_000, 0, 0, 1_500_000L);
    usage.record("llama-local", 10, 10, 0, 1_000L);
    usage.record("unknown", 7, 7, 0, 1_000L);
  }

  /** The text's samples by series (name and labels). */
  private static Map<String, String> samples(String text) {
    Map<String, String> samples = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        samples.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    return samples;
  }

  @Test
  void toText_writesEveryFigureOfEveryModel() {
    String text = PrometheusFormat.toText(usage);
    Map<String, String> samples = samples(text);
    UsageStats gpt4o = usage.stats("gpt-4o").orElseThrow();
    assertEquals("2", samples.get("modelcatalog_requests_total{model=\"gpt-4o\"}"));
    assertEquals("4000", samples.get("modelcatalog_input_tokens_total{model=\"gpt-4o\"}"));
    assertEquals("600", samples.get("modelcatalog_output_tokens_total{model=\"gpt-4o\"}"));
    assertEquals("200", samples.get("modelcatalog_cached_tokens_total{model=\"gpt-4o\"}"));
    assertEquals(gpt4o.cost("USD").toPlainString(),
        samples.get("modelcatalog_cost_total{model=\"gpt-4o\",currency=\"USD\"}"));
    assertEquals("0.2", samples.get("modelcatalog_cost_total{model=\"mistral-small\",currency=\"EUR\"}")
        .replaceAll("0+$", ""));
    assertEquals("0.361", samples.get("modelcatalog_request_latency_seconds_sum{model=\"gpt-4o\"}"));
    assertEquals("2", samples.get("modelcatalog_request_latency_seconds_count{model=\"gpt-4o\"}"));
    assertEquals(PrometheusFormat.seconds(gpt4o.p99LatencyNanos()),
        samples.get("modelcatalog_request_latency_seconds{model=\"gpt-4o\",quantile=\"0.99\"}"));
    assertEquals("1", samples.get("modelcatalog_requests_total{model=\"(other)\"}"));
    assertTrue(samples.keySet().stream().noneMatch(k -> k.startsWith("modelcatalog_cost_total{model=\"llama-local\"")),
        "an unpriced model has no cost sample");
  }

  @Test
  void toText_everyLineIsACommentOrAWellFormedSample_andEachFamilyIsDeclaredOnceBeforeItsSamples() {
    String text = PrometheusFormat.toText(usage);
    assertTrue(text.endsWith("\n"));
    List<String> declared = new ArrayList<>();
    String family = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        family = line.split(" ")[2];
        assertTrue(!declared.contains(family), "declared twice: " + family);
        declared.add(family);
      } else if (!line.startsWith("# HELP ")) {
        assertTrue(SAMPLE.matcher(line).matches(), "malformed: " + line);
        assertTrue(line.startsWith(family), line + " outside its family " + family);
      }
    }
    assertEquals(List.of("modelcatalog_requests_total", "modelcatalog_input_tokens_total",
        "modelcatalog_output_tokens_total", "modelcatalog_cached_tokens_total", "modelcatalog_cost_total",
        "modelcatalog_request_latency_seconds"), declared);
  }

  @Test
  void escapeLabelValue_escapesBackslashQuoteAndNewline_only() {
    assertEquals("a\\\\b\\\"c\\nd\té", PrometheusFormat.escapeLabelValue("a\\b\"c\nd\té"));
    String plain = "gpt-4o";
    assertSame(plain, PrometheusFormat.escapeLabelValue(plain), "nothing to escape, nothing copied");
  }

  @Test
  void labelValues_inSamples_areEscaped() {
    UsageStats odd = new UsageStats("we\"ird\\id\n", 1, 0, 0, 0, Map.of("USD", BigDecimal.ONE), 0, 0, 0, 0, 0, 0);
    String text = PrometheusFormat.toText(List.of(odd));
    assertTrue(text.contains("modelcatalog_requests_total{model=\"we\\\"ird\\\\id\\n\"} 1\n"), text);
    for (String line : text.split("\n")) {
      assertTrue(line.startsWith("#") || SAMPLE.matcher(line).matches(), "malformed: " + line);
    }
  }

  @Test
  void seconds_areExactDecimals() {
    assertEquals("0.0015", PrometheusFormat.seconds(1_500_000L));
    assertEquals("0", PrometheusFormat.seconds(0));
    assertEquals("3600", PrometheusFormat.seconds(3_600_000_000_000L));
    assertEquals("0.000000001", PrometheusFormat.seconds(1));
  }

  @Test
  void contentType_namesTheTextFormatVersion() {
    assertTrue(PrometheusFormat.CONTENT_TYPE.startsWith("text/plain; version=0.0.4"));
  }
}
