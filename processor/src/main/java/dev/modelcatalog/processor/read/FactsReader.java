package dev.modelcatalog.processor.read;

import dev.modelcatalog.annotations.Architecture;
import dev.modelcatalog.annotations.Lifecycle;
import dev.modelcatalog.annotations.Limits;
import dev.modelcatalog.annotations.Modalities;
import dev.modelcatalog.annotations.SupportedParameters;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads the model-facts annotations of a stub into a {@link FactsDeclaration}, through mirrors. */
public final class FactsReader {

  /** The model-facts annotations; like the other companions, they mean something only next to {@code @Model}. */
  public static final List<Class<?>> ANNOTATIONS = List.of(Architecture.class, Modalities.class,
      SupportedParameters.class, Lifecycle.class, Limits.class);

  private FactsReader() {}

  /** The facts of the stub, read afresh (so locations stay valid in the current round). */
  public static FactsDeclaration read(TypeElement stub, Elements elements) {
    return new FactsDeclaration(annotation(stub, Architecture.class, elements),
        annotation(stub, Modalities.class, elements), annotation(stub, SupportedParameters.class, elements),
        annotation(stub, Lifecycle.class, elements), annotation(stub, Limits.class, elements));
  }

  private static Optional<AnnotationDeclaration> annotation(TypeElement stub, Class<?> type, Elements elements) {
    return ModelReader.mirror(stub, type).map(m -> AnnotationDeclaration.of(stub, m, elements));
  }
}
