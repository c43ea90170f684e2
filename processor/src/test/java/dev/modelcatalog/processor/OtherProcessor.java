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
 * Another processor, as a build might have: it generates one source file, once, in the first round or in the
 * round whose new sources include a given type. Its output reaches the catalog processor a round later.
 */
final class OtherProcessor extends AbstractProcessor {

  /** {@code test.acme.Ids}, with the constants {@code LATE = "late-model"} and {@code WINDOW = 4096}. */
  static OtherProcessor generatingConstants() {
    return new OtherProcessor(null, "test.acme.Ids", "package test.acme;\nfinal class Ids {\n"
        + "  static final String LATE = \"late-model\";\n  static final int WINDOW = 4096;\n  private Ids() {}\n}\n");
  }

  /** The {@code @Model} stub {@code test.acme.Late} (id {@code late-model}, line 5), once {@code trigger} appears. */
  static OtherProcessor generatingStubAfter(String trigger) {
    return new OtherProcessor(trigger, "test.acme.Late", "package test.acme;\n\n"
        + "import dev.modelcatalog.annotations.Model;\n\n@Model(id = \"late-model\", contextWindow = 4096)\n"
        + "final class Late {}\n");
  }

  /** The type whose appearance triggers the file, or null for the first round. */
  private final String trigger;
  private final String name;
  private final String source;
  private boolean done;

  private OtherProcessor(String trigger, String name, String source) {
    this.trigger = trigger;
    this.name = name;
    this.source = source;
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
    if (done || (trigger != null && !seesTrigger(round))) {
      return false;
    }
    done = true;
    try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      out.write(source);
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
