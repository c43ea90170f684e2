package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import dev.modelcatalog.runtime.ModelCatalog;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.ModelRules;
import dev.modelcatalog.runtime.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Feeds the processor random annotation values, boundaries included, 20 stubs per compilation, and checks that
 * it never fails unexpectedly and that its verdict on every stub is the runtime's: the codes it reports for the
 * stub are exactly those of {@link ModelDefinition.Builder#problems()} on the same values (plus the
 * processor-only rules, computed here from the values), and a batch without errors generates definitions equal
 * to {@link ModelDefinition.Builder#build()}.
 *
 * <p>Tries come from {@code jqwik.tries.default}: 10 in the normal build (200 stubs), 100 with the
 * {@code property-full} profile (2,000 stubs).
 */
class ProcessorPropertyTest {

  private static final int BATCH = 20;
  private static final String PACKAGE = "test.prop";
  private static final String PROVIDER_ID = "prop";
  private static final String ANCHOR = "anchor-model";
  private static final Pattern CODE = Pattern.compile("^\\[([a-z0-9-]+)]");

  @Property
  void verdict_agreesWithTheRuntimeRules(@ForAll Random random) throws ReflectiveOperationException {
    RandomStubs generator = new RandomStubs(random);
    boolean validOnly = random.nextInt(3) == 0;
    List<RandomStub> stubs = generator.batch(BATCH, ANCHOR, validOnly);
    List<JavaFileObject> files = new ArrayList<>();
    files.add(Compilations.provider(PACKAGE, PROVIDER_ID));
    files.add(Compilations.stub(PACKAGE, "Anchor", "@Model(id = \"" + ANCHOR + "\", contextWindow = 8192)"));
    for (RandomStub stub : stubs) {
      files.add(Compilations.source(PACKAGE + "." + stub.simpleName, stub.source(PACKAGE)));
    }

    // javac prints at most 100 errors and 100 warnings by default; a batch of random stubs has more.
    Compilation compilation = Compilations.javac("-Xmaxerrs", "100000", "-Xmaxwarns", "100000")
        .compile(files); // an exception escaping the processor would propagate here

    Map<String, List<String>> reported = codesByFile(compilation);
    Set<String> known = new TreeSet<>(List.of(ANCHOR));
    stubs.forEach(stub -> known.addAll(stub.names()));
    boolean anyError = false;
    for (RandomStub stub : stubs) {
      List<String> expected = expectedCodes(stub, known);
      anyError |= expected.stream().anyMatch(code -> !isWarning(stub, code));
      List<String> actual = reported.getOrDefault(stub.simpleName, List.of());
      assertEquals(expected, actual, () -> "codes for stub\n" + stub.source(PACKAGE) + "\ndiagnostics: "
          + compilation.diagnostics());
    }
    assertEquals(List.of(), reported.getOrDefault("Anchor", List.of()), "anchor: " + compilation.diagnostics());
    if (anyError) {
      assertThat(compilation).failed();
    } else {
      assertThat(compilation).succeeded();
      assertDefinitionsEqualBuilds(compilation, stubs);
    }
    if (validOnly) {
      assertFalse(anyError, "a valid-only batch has no error");
    }
    for (String boundary : generator.boundariesUsed) {
      Statistics.label("boundaries").collect(boundary);
    }
    Statistics.label("boundaries").coverage(checker -> {
      for (String boundary : RandomStubs.allBoundaries()) {
        checker.check(boundary).count(n -> n > 0);
      }
    });
  }

  /** The runtime's codes for the stub, then the processor-only ones the values call for, sorted. */
  private static List<String> expectedCodes(RandomStub stub, Set<String> known) {
    List<String> codes = new ArrayList<>();
    List<Problem> problems = stub.builder(PROVIDER_ID).problems();
    problems.forEach(problem -> codes.add(problem.code()));
    if (stub.contradictsMoe()) {
      codes.add("moe-flag-contradicts-config");
    } else if (ModelRules.errorsOnly(problems).isEmpty()) {
      for (String target : stub.references().values()) {
        if (!known.contains(target)) {
          codes.add("unknown-reference");
        }
      }
    }
    codes.sort(null);
    return codes;
  }

  private static boolean isWarning(RandomStub stub, String code) {
    for (Problem problem : stub.builder(PROVIDER_ID).problems()) {
      if (problem.code().equals(code)) {
        return !problem.isError();
      }
    }
    return false;
  }

  /** Codes of the processor's diagnostics by the simple name of the file they are in; nothing else is allowed. */
  private static Map<String, List<String>> codesByFile(Compilation compilation) {
    Map<String, List<String>> codes = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = diagnostic.getMessage(null);
      assertFalse(message.contains("internal error"), message);
      Matcher code = CODE.matcher(message);
      if (!code.find()) {
        throw new AssertionError("a diagnostic without a code: " + diagnostic);
      }
      assertNotNull(diagnostic.getSource(), () -> "a diagnostic without a file: " + message);
      String path = diagnostic.getSource().getName();
      String file = path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
      codes.computeIfAbsent(file, k -> new ArrayList<>()).add(code.group(1));
    }
    codes.values().forEach(list -> list.sort(null));
    return codes;
  }

  private static void assertDefinitionsEqualBuilds(Compilation compilation, List<RandomStub> stubs)
      throws ReflectiveOperationException {
    ModelCatalog catalog = (ModelCatalog) Compilations.classLoader(compilation)
        .loadClass(PACKAGE + "." + Names.catalogSimpleName(PROVIDER_ID)).getConstructor().newInstance();
    Map<String, ModelDefinition> byId = new HashMap<>();
    for (int i = 0; i < catalog.size(); i++) {
      byId.put(catalog.id(i), catalog.model(i));
    }
    assertEquals(stubs.size() + 1, byId.size());
    for (RandomStub stub : stubs) {
      assertEquals(stub.builder(PROVIDER_ID).build(), byId.get(stub.id), () -> stub.source(PACKAGE));
    }
  }
}
