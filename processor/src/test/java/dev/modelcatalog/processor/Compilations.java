package dev.modelcatalog.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;

/** Compiling with the processor, and reading what it generated. */
final class Compilations {

  private Compilations() {}

  /** The options of a strict build: every lint but the processing one, doc comments checked. */
  static final List<String> STRICT_OPTIONS = List.of("-Xlint:all,-processing", "-Xdoclint:all,-missing");

  /** The compiler as a strict build runs it, with the processor and these options besides the strict ones. */
  static Compiler javac(String... moreOptions) {
    List<String> options = new ArrayList<>(STRICT_OPTIONS);
    options.addAll(List.of(moreOptions));
    return Compiler.javac().withProcessors(new CatalogProcessor()).withOptions(options);
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return javac().compile(sources);
  }

  /** The test resources {@code <dir>/<name>} as sources. */
  static List<JavaFileObject> resources(String dir, String... names) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String name : names) {
      files.add(resource(dir + "/" + name));
    }
    return files;
  }

  static JavaFileObject resource(String path) {
    URL url = Compilations.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + path);
    }
    return JavaFileObjects.forResource(url);
  }

  /** A source from lines of text. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A {@code package-info.java} declaring a provider. */
  static JavaFileObject provider(String packageName, String id) {
    return source(packageName + ".package-info",
        "@Provider(id = \"" + id + "\")",
        "package " + packageName + ";",
        "",
        "import dev.modelcatalog.annotations.Provider;");
  }

  /**
   * A stub {@code final class <simpleName> {}} in {@code packageName}, importing every annotation, with the given
   * lines (annotations) above the class, one per source line, so tests can pin a diagnostic to its line.
   */
  static JavaFileObject stub(String packageName, String simpleName, String... annotationLines) {
    String[] lines = new String[annotationLines.length + 4];
    lines[0] = "package " + packageName + ";";
    lines[1] = "import dev.modelcatalog.annotations.*;";
    System.arraycopy(annotationLines, 0, lines, 2, annotationLines.length);
    lines[lines.length - 2] = "final class " + simpleName + " {}";
    lines[lines.length - 1] = "";
    return source(packageName + "." + simpleName, lines);
  }

  /** Generated sources and resources (no class files) by simple file name, sorted. */
  static Map<String, String> generatedText(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      files.put(name, read(file));
    }
    return files;
  }

  static String read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class loader over the compilation's class files that records which classes it has loaded, so tests can
   * tell whether a shard was touched.
   */
  static RecordingClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.getName();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new RecordingClassLoader(classes);
  }

  static final class RecordingClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingClassLoader(Map<String, byte[]> classes) {
      super(Compilations.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      loaded.add(name);
      return defineClass(name, bytes, 0, bytes.length);
    }

    /** Whether the class has been loaded (the JVM loads a shard when it first resolves a reference to it). */
    boolean hasLoaded(String name) {
      return loaded.contains(name);
    }

    /** Every class this loader has loaded from the compilation, by binary name. */
    Set<String> loaded() {
      return Set.copyOf(loaded);
    }
  }
}
