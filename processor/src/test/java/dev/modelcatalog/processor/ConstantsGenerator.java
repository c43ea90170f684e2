package dev.modelcatalog.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a build might have: in its first round it generates {@code test.acme.Ids} with the
 * constant {@code LATE = "late-model"}, so stubs that use the constant only resolve in the second round.
 */
final class ConstantsGenerator extends AbstractProcessor {

  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
    try (Writer out = processingEnv.getFiler().createSourceFile("test.acme.Ids").openWriter()) {
      out.write("package test.acme;\nfinal class Ids {\n  static final String LATE = \"late-model\";\n"
          + "  static final int WINDOW = 4096;\n  private Ids() {}\n}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
