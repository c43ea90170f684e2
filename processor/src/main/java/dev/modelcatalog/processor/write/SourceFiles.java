package dev.modelcatalog.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.JavaFileObject;

/** The one place that stamps generated types with {@code @Generated}, Javadoc and originating elements. */
final class SourceFiles {

  private SourceFiles() {}

  static JavaFile file(String packageName, TypeSpec.Builder type, String javadoc, List<? extends Element> origins) {
    type.addJavadoc(javadoc + "\n")
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", Names.PROCESSOR)
            .build());
    origins.forEach(type::addOriginatingElement);
    qualifyTypeNamesOf(packageName, origins, type);
    return JavaFile.builder(packageName, type.build()).indent("  ").skipJavaLangImports(true).build();
  }

  /**
   * Has JavaPoet qualify the simple names of the package's types, when an origin is that package. A type of the
   * package hides the type of that name in {@code java.lang}: beside a stub named {@code String}, an unqualified
   * {@code String} in a generated file means the stub. JavaPoet writes a type whose simple name is listed in full
   * instead of importing it (or leaving it to the implicit import of {@code java.lang}), and the package's own types
   * short as ever; so a file changes only where such a name would clash.
   */
  private static void qualifyTypeNamesOf(String packageName, List<? extends Element> origins, TypeSpec.Builder type) {
    for (Element origin : origins) {
      if (origin instanceof PackageElement pkg && pkg.getQualifiedName().contentEquals(packageName)) {
        // One name a call: alwaysQualify formats its whole argument array for every name it checks.
        pkg.getEnclosedElements().forEach(member -> type.alwaysQualify(member.getSimpleName().toString()));
        return;
      }
    }
  }

  /** Writes the file through the Filer, in ASCII only ({@link AsciiSourceWriter}). */
  static void write(JavaFile file, Filer filer) {
    TypeSpec type = file.typeSpec();
    String name = file.packageName().isEmpty() ? type.name() : file.packageName() + "." + type.name();
    JavaFileObject source;
    try {
      source = filer.createSourceFile(name, type.originatingElements().toArray(new Element[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Writer out = new AsciiSourceWriter(source.openWriter())) {
      file.writeTo(out);
    } catch (IOException e) {
      // A half-written source would be compiled and fail with errors of its own; the caller reports this one.
      source.delete();
      throw new UncheckedIOException(e);
    }
  }
}
