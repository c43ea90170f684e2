package dev.modelcatalog.processor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * The processor run by a compiler on real directories, as a build runs it: what compile-testing's in-memory
 * files cannot show (an earlier build's output on the class path, class files as input, another compiler).
 */
final class CompilerRuns {

  private CompilerRuns() {}

  /**
   * Runs the compiler with the processor on these sources, or on these class names (class files the compiler
   * finds on its class path); its errors. The {@code -d} and {@code -s} directories are created.
   */
  static List<String> errors(JavaCompiler compiler, List<String> options, List<Path> sources,
      List<String> classNames) throws IOException {
    for (String option : List.of("-d", "-s")) {
      int at = options.indexOf(option);
      if (at >= 0) {
        Files.createDirectories(Path.of(options.get(at + 1)));
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options,
          classNames.isEmpty() ? null : classNames, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new CatalogProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** Copies the test resources {@code resourceDir/*.java} into {@code target}; the copies. */
  static List<Path> copySources(String resourceDir, Path target) throws IOException, URISyntaxException {
    URL url = CompilerRuns.class.getClassLoader().getResource(resourceDir);
    if (url == null) {
      throw new IllegalArgumentException("no test resources " + resourceDir);
    }
    Files.createDirectories(target);
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        copies.add(Files.copy(file, target.resolve(file.getFileName().toString())));
      }
    }
    return copies;
  }

  /** The generated sources under a directory, by path relative to it. */
  static Map<String, String> generatedSources(Path root) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return sources;
  }
}
