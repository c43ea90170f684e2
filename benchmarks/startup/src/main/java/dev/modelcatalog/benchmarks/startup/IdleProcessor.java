package dev.modelcatalog.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The least an annotation processor that writes sources costs {@code javac}: it is called for the catalog's
 * annotations, as the real processor is, and writes one empty class in its first round, nothing else. javac then
 * runs the rounds that any generated source causes, entering every compilation unit again for each. The javac
 * section of run.sh times the stubs with it beside {@code -proc:none} and the real processor, so the processor's
 * cost can be read against what annotation processing alone costs:
 *
 * <pre>
 * javac -processorpath benchmarks/startup/target/classes \
 *     -processor dev.modelcatalog.benchmarks.startup.IdleProcessor -cp annotations.jar -d out @stubs.txt
 * </pre>
 */
@SupportedAnnotationTypes("dev.modelcatalog.annotations.*")
public final class IdleProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written && !annotations.isEmpty()) {
      written = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("dev.modelcatalog.idle.Idle").openWriter()) {
        out.write("package dev.modelcatalog.idle;\n\nfinal class Idle {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
