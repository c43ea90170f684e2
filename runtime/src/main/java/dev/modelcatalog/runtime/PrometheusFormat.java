package dev.modelcatalog.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Usage stats in the Prometheus text exposition format (version 0.0.4), for a {@code /metrics} endpoint.
 *
 * <pre>
 * # HELP modelcatalog_requests_total Requests recorded, per model.
 * # TYPE modelcatalog_requests_total counter
 * modelcatalog_requests_total{model="gpt-4o"} 3
 * ...
 * modelcatalog_cost_total{model="gpt-4o",currency="USD"} 0.01250000
 * modelcatalog_request_latency_seconds{model="gpt-4o",quantile="0.5"} 0.12
 * modelcatalog_request_latency_seconds_sum{model="gpt-4o"} 0.361
 * modelcatalog_request_latency_seconds_count{model="gpt-4o"} 3
 * </pre>
 *
 * <p>Each family is written once with its {@code HELP} and {@code TYPE} lines and all its samples, as the format
 * requires. Numbers are written from exact decimals (costs with {@link Pricing#COST_SCALE} places, seconds from
 * nanoseconds), never through {@code double}. The other bucket appears as {@code model="(other)"}.
 */
public final class PrometheusFormat {

  /** The {@code Content-Type} of the text this class writes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final String PREFIX = "modelcatalog_";

  private PrometheusFormat() {}

  /** The recorder's stats ({@link UsageRecorder#all()}) as exposition text. */
  public static String toText(UsageRecorder recorder) {
    return toText(recorder.all());
  }

  /** The stats as exposition text. */
  public static String toText(Collection<UsageStats> stats) {
    StringBuilder out = new StringBuilder(256 + 512 * stats.size());
    write(stats, out);
    return out.toString();
  }

  /**
   * Writes the stats as exposition text.
   *
   * @throws UncheckedIOException when the appendable throws
   */
  public static void write(Collection<UsageStats> stats, Appendable out) {
    try {
      counter(out, stats, "requests_total", "Requests recorded, per model.", UsageStats::requests);
      counter(out, stats, "input_tokens_total", "Input tokens recorded, cached ones included, per model.",
          UsageStats::inputTokens);
      counter(out, stats, "output_tokens_total", "Output tokens recorded, per model.", UsageStats::outputTokens);
      counter(out, stats, "cached_tokens_total", "Input tokens served from the provider's cache, per model.",
          UsageStats::cachedTokens);
      cost(out, stats);
      latency(out, stats);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Appendable out, String name, String help, String type) throws IOException {
    out.append("# HELP ").append(PREFIX).append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(PREFIX).append(name).append(' ').append(type).append('\n');
  }

  private static void counter(Appendable out, Collection<UsageStats> stats, String name, String help,
      ToLongFunction<UsageStats> value) throws IOException {
    header(out, name, help, "counter");
    for (UsageStats s : stats) {
      sample(out, name, s.model(), null, null, Long.toString(value.applyAsLong(s)));
    }
  }

  private static void cost(Appendable out, Collection<UsageStats> stats) throws IOException {
    header(out, "cost_total", "Exact cost of the recorded requests from the models' pricing, per model and"
        + " currency.", "counter");
    for (UsageStats s : stats) {
      for (Map.Entry<String, BigDecimal> cost : s.cost().entrySet()) {
        sample(out, "cost_total", s.model(), "currency", cost.getKey(), cost.getValue().toPlainString());
      }
    }
  }

  private static void latency(Appendable out, Collection<UsageStats> stats) throws IOException {
    String name = "request_latency_seconds";
    header(out, name, "Request latency per model; quantiles within 1%.", "summary");
    for (UsageStats s : stats) {
      sample(out, name, s.model(), "quantile", "0.5", seconds(s.p50LatencyNanos()));
      sample(out, name, s.model(), "quantile", "0.9", seconds(s.p90LatencyNanos()));
      sample(out, name, s.model(), "quantile", "0.99", seconds(s.p99LatencyNanos()));
      sample(out, name + "_sum", s.model(), null, null, seconds(s.latencyTotalNanos()));
      sample(out, name + "_count", s.model(), null, null, Long.toString(s.requests()));
    }
  }

  private static void sample(Appendable out, String name, String model, String label, String labelValue,
      String value) throws IOException {
    out.append(PREFIX).append(name).append("{model=\"").append(escapeLabelValue(model)).append('"');
    if (label != null) {
      out.append(',').append(label).append("=\"").append(escapeLabelValue(labelValue)).append('"');
    }
    out.append("} ").append(value).append('\n');
  }

  /** Nanoseconds as exact decimal seconds, without trailing zeros: {@code 1500000} becomes {@code 0.0015}. */
  static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
  }

  /**
   * A label value escaped for the text format: backslash, double quote and line feed become {@code \\},
   * {@code \"} and {@code \n}; everything else stays as it is (the format is UTF-8).
   */
  public static String escapeLabelValue(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escaped = c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c == '\n' ? "\\n" : null;
      if (escaped != null && out == null) {
        out = new StringBuilder(value.length() + 8).append(value, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }
}
