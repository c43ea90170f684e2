package dev.modelcatalog.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Another processor that generates a {@code @Model} stub, {@code test.acme.Late}, when it first sees a given type
 * among a round's new sources: the generated catalog (too late, the catalogs are written) or a hand-written type
 * (the first round, in time).
 */
final class LateStubGenerator extends AbstractProcessor {

  private final String trigger;
  private boolean done;

  /** Generates the stub in the round after the one whose new sources include {@code trigger}. */
  LateStubGenerator(String trigger) {
    this.trigger = trigger;
  }

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
    if (done || !seesTrigger(round)) {
      return false;
    }
    done = true;
    try (Writer out = processingEnv.getFiler().createSourceFile("test.acme.Late").openWriter()) {
      out.write("package test.acme;\n\nimport dev.modelcatalog.annotations.Model;\n\n"
          + "@Model(id = \"late-model\", contextWindow = 4096)\nfinal class Late {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private boolean seesTrigger(RoundEnvironment round) {
    for (Element element : round.getRootElements()) {
      if (element instanceof TypeElement type && type.getQualifiedName().contentEquals(trigger)) {
        return true;
      }
    }
    return false;
  }
}
