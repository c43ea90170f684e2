package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link ModelRegistry#get} on the labelled evaluation set in
 * {@code src/test/resources/discovery} (built from the models.dev catalog; see {@code make_eval_set.py} there
 * for where each label comes from). A positive is a query with an expected model; a negative must find none.
 *
 * <p>Precision = right answers / all answers; recall = right answers / positives. A wrong model counts against
 * both. The floors sit just below the measured figures, so a change that makes resolution worse fails here.
 */
class DiscoveryEvaluationTest {

  private static final double MIN_PRECISION = 0.99;
  private static final double MIN_RECALL = 0.97;
  private static final double MIN_NEGATIVES_REFUSED = 0.99;

  private record Query(String query, String expected, String kind) {}

  @Test
  void get_onEvaluationSet_meetsPrecisionAndRecallFloors() throws IOException {
    ModelRegistry registry = registry();
    int truePositives = 0;
    int wrongModel = 0;
    int missed = 0;
    int falsePositives = 0;
    int negatives = 0;
    int positives = 0;
    Map<String, int[]> perKind = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Query q : queries()) {
      String got = registry.get(q.query()).map(ModelDefinition::id).orElse("-");
      int[] kind = perKind.computeIfAbsent(q.kind() + (q.expected().equals("-") ? " (negative)" : ""),
          k -> new int[2]);
      kind[1]++;
      if (q.expected().equals("-")) {
        negatives++;
        if (got.equals("-")) {
          kind[0]++;
        } else {
          falsePositives++;
          errors.add("FALSE POSITIVE " + q.query() + " -> " + got);
        }
      } else {
        positives++;
        if (got.equals(q.expected())) {
          truePositives++;
          kind[0]++;
        } else if (got.equals("-")) {
          missed++;
          errors.add("missed " + q.query() + " (expected " + q.expected() + ")");
        } else {
          wrongModel++;
          errors.add("WRONG MODEL " + q.query() + " -> " + got + " (expected " + q.expected() + ")");
        }
      }
    }
    int answers = truePositives + wrongModel + falsePositives;
    double precision = answers == 0 ? 1 : (double) truePositives / answers;
    double recall = (double) truePositives / positives;
    double refused = (double) (negatives - falsePositives) / negatives;
    System.out.printf("discovery evaluation: %d positives, %d negatives; precision %.4f, recall %.4f, "
        + "negatives refused %.4f (tp %d, wrong model %d, missed %d, false positives %d)%n", positives, negatives,
        precision, recall, refused, truePositives, wrongModel, missed, falsePositives);
    perKind.forEach((kind, counts) -> System.out.printf("  %-28s %4d / %4d%n", kind, counts[0], counts[1]));
    errors.forEach(e -> System.out.println("  " + e));
    assertTrue(positives >= 300 && negatives >= 300, "the set should hold several hundred of each");
    assertTrue(precision >= MIN_PRECISION, "precision " + precision);
    assertTrue(recall >= MIN_RECALL, "recall " + recall);
    assertTrue(refused >= MIN_NEGATIVES_REFUSED, "negatives refused " + refused);
  }

  private static ModelRegistry registry() throws IOException {
    Map<String, List<ModelDefinition>> byProvider = new LinkedHashMap<>();
    for (String[] row : rows("catalog.tsv")) {
      byProvider.computeIfAbsent(row[1], p -> new ArrayList<>())
          .add(ModelDefinition.builder(row[0]).name(row[2]).provider(row[1]).contextWindow(8192).build());
    }
    ModelRegistry.Builder builder = ModelRegistry.builder();
    byProvider.forEach((provider, models) -> builder.addCatalogs(TestCatalogs.of(provider, models)));
    return builder.build();
  }

  private static List<Query> queries() throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String[] row : rows("queries.tsv")) {
      queries.add(new Query(row[0], row[1], row[2]));
    }
    return queries;
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = DiscoveryEvaluationTest.class.getResourceAsStream("/discovery/" + file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }
}
