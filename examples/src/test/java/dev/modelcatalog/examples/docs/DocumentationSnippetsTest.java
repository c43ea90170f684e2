package dev.modelcatalog.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.modelcatalog.annotations.CapabilityPreset;
import dev.modelcatalog.annotations.LatencyPreset;
import dev.modelcatalog.processor.CatalogProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of the README and of {@code docs/} compiles against this build, so the pages cannot
 * drift from the API they describe. Blocks that state (calls on a registry) compile as the body of a method,
 * with the names they use without declaring them taken from {@link SnippetContext}; blocks that declare (stubs, a
 * {@code package-info}) compile with the processor, which must accept them and write their catalog. A block
 * marked {@code <!-- excerpt -->} on the line above its fence is a part of a larger source and is skipped. A
 * failure names the page and line.
 */
class DocumentationSnippetsTest {

  private static final String PACKAGE = "dev.modelcatalog.examples.docs";

  /** What a reader of a page imports for a block of statements, on one line (it counts in the header). */
  private static final String STATEMENT_IMPORTS = Stream.of(
          "java.util.*", "java.time.*", "java.nio.file.*", "java.net.URI", "java.math.BigDecimal",
          "java.io.InputStream", "dev.modelcatalog.runtime.*", "dev.modelcatalog.runtime.json.*",
          "dev.modelcatalog.runtime.store.*", "dev.modelcatalog.catalog.*", "dev.modelcatalog.catalog.openai.*",
          "dev.modelcatalog.store.s3.*", "dev.modelcatalog.processor.importer.*")
      .map(name -> "import " + name + ";")
      .collect(Collectors.joining(" "));

  private static List<JavaBlock> blocks;
  private static Compilation statements;
  private static List<SnippetUnit> statementUnits;

  @TestFactory
  Stream<DynamicTest> everyStatementBlockCompiles() {
    List<SnippetUnit> units = statementUnits();
    return units.stream().map(unit -> DynamicTest.dynamicTest(unit.block().where(), () -> {
      List<String> problems = problems(statements, unit);
      assertTrue(problems.isEmpty(), String.join("\n", problems));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyDeclarationBlockIsAcceptedByTheProcessor() {
    List<DynamicTest> tests = new ArrayList<>();
    List<JavaBlock> all = blocks();
    for (int i = 0; i < all.size(); i++) {
      JavaBlock block = all.get(i);
      if (block.excerpt() || !block.declares() || block.packageName().isPresent()) {
        continue;
      }
      // A package-info block just above, on the same page, is the package these stubs are in.
      JavaBlock before = i > 0 ? all.get(i - 1) : null;
      JavaBlock packageInfo = before != null && before.page().equals(block.page()) && !before.excerpt()
          && before.packageName().isPresent() ? before : null;
      tests.add(DynamicTest.dynamicTest(block.where(), () -> checkStubs(block, packageInfo)));
    }
    for (JavaBlock block : all) {
      if (!block.excerpt() && block.packageName().isPresent()) {
        tests.add(DynamicTest.dynamicTest(block.where(), () -> checkPackageInfo(block)));
      }
    }
    return tests.stream();
  }

  /** The pages hold both kinds of block, so neither factory passes by finding nothing to check. */
  @Test
  void thePagesHoldBlocksOfEveryKind() {
    List<JavaBlock> all = blocks();
    assertTrue(all.stream().filter(b -> !b.excerpt() && !b.declares()).count() >= 20, all.toString());
    assertTrue(all.stream().filter(b -> !b.excerpt() && b.declares()).count() >= 8, all.toString());
    assertTrue(all.stream().anyMatch(b -> b.page().equals("README.md") && b.declares()), all.toString());
    assertTrue(all.stream().anyMatch(JavaBlock::excerpt), all.toString());
  }

  /** The check reports a block that uses an API that does not exist, at the block's line on its page. */
  @Test
  void aBlockCallingWhatDoesNotExist_failsAtItsPageLine() {
    JavaBlock broken = new JavaBlock("docs/example.md", 40,
        List.of("ModelRegistry registry = ModelRegistry.loadDefault();", "registry.findEverything(\"gpt-4o\");"),
        false);
    SnippetUnit unit = statementUnit(broken, 0);
    List<String> problems = problems(javac(false).compile(unit.source()), unit);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("docs/example.md:41: error: cannot find symbol"), problems.get(0));
  }

  /** The processor's complaint about a stub on a page is reported at the page's line too. */
  @Test
  void aStubThatBreaksARule_failsAtItsPageLine() {
    JavaBlock broken = new JavaBlock("docs/example.md", 10,
        List.of("@Model(id = \"acme/m\", contextWindow = 8_192, maxOutputTokens = 16_384)",
            "final class M {}"),
        false);
    List<String> problems = new ArrayList<>();
    try {
      checkStubs(broken, null);
    } catch (AssertionError e) {
      problems.addAll(Arrays.asList(e.getMessage().split("\n")));
    }
    assertFalse(problems.isEmpty(), "a stub whose output exceeds its context window was accepted");
    assertTrue(problems.get(0).startsWith("docs/example.md:10: error: "), problems.toString());
  }

  private static void checkStubs(JavaBlock block, JavaBlock packageInfo) {
    String packageName = packageInfo != null ? packageInfo.packageName().orElseThrow() : "docs.stubs";
    List<SnippetUnit> units = new ArrayList<>();
    if (packageInfo != null) {
      units.add(packageInfoUnit(packageInfo));
    } else {
      JavaBlock scaffold = new JavaBlock("(scaffold)", 1,
          List.of("@dev.modelcatalog.annotations.Provider(id = \"docs\")", "package " + packageName + ";"), false);
      units.add(SnippetUnit.of(scaffold, packageName + ".package-info", List.of(), List.of()));
    }
    List<String> header = List.of("package " + packageName + ";", stubImports());
    SnippetUnit stubs = SnippetUnit.of(block, packageName + ".Stubs", header, List.of());
    units.add(stubs);
    Compilation compilation = javac(true).compile(units.stream().map(SnippetUnit::source).toList());
    List<String> problems = new ArrayList<>();
    for (SnippetUnit unit : units) {
      problems.addAll(problems(compilation, unit));
    }
    problems.addAll(unplaced(compilation, units));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    String catalogs = packageName.replace('.', '/') + "/";
    assertTrue(compilation.generatedSourceFiles().stream()
            .anyMatch(f -> f.toUri().getPath().contains(catalogs) && f.getName().endsWith("Catalog.java")),
        block.where() + ": the processor wrote no catalog for package " + packageName);
  }

  private static void checkPackageInfo(JavaBlock block) {
    SnippetUnit unit = packageInfoUnit(block);
    Compilation compilation = javac(true).compile(unit.source());
    List<String> problems = new ArrayList<>(problems(compilation, unit));
    problems.addAll(unplaced(compilation, List.of(unit)));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** A package-info block as written, with the annotations' package imported after it (imports may follow). */
  private static SnippetUnit packageInfoUnit(JavaBlock block) {
    return SnippetUnit.of(block, block.packageName().orElseThrow() + ".package-info", List.of(),
        List.of("import dev.modelcatalog.annotations.*;"));
  }

  /**
   * What a stub's author imports: every annotation and both preset enums' constants. {@code REASONING} is in both;
   * the stubs on the pages use it as {@code @Model}'s preset, so the capability preset's is imported by name.
   */
  private static String stubImports() {
    Set<String> latency = Arrays.stream(LatencyPreset.values()).map(Enum::name).collect(Collectors.toSet());
    StringBuilder imports = new StringBuilder("import dev.modelcatalog.annotations.*;");
    imports.append(" import static dev.modelcatalog.annotations.CapabilityPreset.*;");
    imports.append(" import static dev.modelcatalog.annotations.LatencyPreset.*;");
    for (CapabilityPreset preset : CapabilityPreset.values()) {
      if (latency.contains(preset.name())) {
        imports.append(" import static dev.modelcatalog.annotations.CapabilityPreset.").append(preset.name())
            .append(';');
      }
    }
    return imports.toString();
  }

  private static synchronized List<SnippetUnit> statementUnits() {
    if (statementUnits == null) {
      List<SnippetUnit> units = new ArrayList<>();
      for (JavaBlock block : blocks()) {
        if (!block.excerpt() && !block.declares()) {
          units.add(statementUnit(block, units.size()));
        }
      }
      statements = javac(false).compile(units.stream().map(SnippetUnit::source).toList());
      List<String> unplaced = unplaced(statements, units);
      assertTrue(unplaced.isEmpty(), String.join("\n", unplaced));
      statementUnits = units;
    }
    return statementUnits;
  }

  private static SnippetUnit statementUnit(JavaBlock block, int number) {
    String name = "Snippet" + number;
    List<String> header = List.of("package " + PACKAGE + ";", STATEMENT_IMPORTS,
        "final class " + name + " extends SnippetContext { // " + block.where(),
        "void run() throws Exception {");
    return SnippetUnit.of(block, PACKAGE + "." + name, header, List.of("}", "}"));
  }

  /**
   * Every lint on, as a build would have it; the processor's rounds are not the pages' concern. The pages' stubs
   * declare models the built-in catalog on this class path declares too ({@code gpt-4o}), so they are checked as
   * a provider's own module would be, without the check against catalogs on the class path.
   */
  private static Compiler javac(boolean processor) {
    return processor
        ? Compiler.javac().withProcessors(new CatalogProcessor())
            .withOptions("-Xlint:all,-processing", "-Amodelcatalog.classpathCheck=false")
        : Compiler.javac().withOptions("-Xlint:all,-processing", "-proc:none");
  }

  /** The errors and warnings about this unit, at the page's lines. */
  private static List<String> problems(Compilation compilation, SnippetUnit unit) {
    return compilation.diagnostics().stream()
        .filter(DocumentationSnippetsTest::isProblem)
        .filter(unit::holds)
        .map(unit::describe)
        .toList();
  }

  /** Errors and warnings about no unit (about the compilation as a whole): a broken check, not a broken page. */
  private static List<String> unplaced(Compilation compilation, List<SnippetUnit> units) {
    return compilation.diagnostics().stream()
        .filter(DocumentationSnippetsTest::isProblem)
        .filter(d -> units.stream().noneMatch(u -> u.holds(d)))
        .map(d -> d.getKind() + ": " + d.getMessage(null))
        .toList();
  }

  private static boolean isProblem(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING
        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
  }

  private static synchronized List<JavaBlock> blocks() {
    if (blocks == null) {
      List<JavaBlock> all = new ArrayList<>();
      for (Path page : Pages.all()) {
        try {
          all.addAll(JavaBlock.read(page, Pages.name(page)));
        } catch (IOException e) {
          throw new UncheckedIOException("reading " + page, e);
        }
      }
      blocks = List.copyOf(all);
    }
    return blocks;
  }
}
