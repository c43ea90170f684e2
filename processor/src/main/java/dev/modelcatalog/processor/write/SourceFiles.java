package dev.modelcatalog.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/** The one place that stamps generated types with {@code @Generated}, Javadoc and originating elements. */
final class SourceFiles {

  private SourceFiles() {}

  static JavaFile file(String packageName, TypeSpec.Builder type, String javadoc, List<? extends Element> origins) {
    type.addJavadoc(javadoc + "\n")
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", Names.PROCESSOR)
            .build());
    origins.forEach(type::addOriginatingElement);
    return JavaFile.builder(packageName, type.build()).indent("  ").skipJavaLangImports(true).build();
  }

  static void write(JavaFile file, Filer filer) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
