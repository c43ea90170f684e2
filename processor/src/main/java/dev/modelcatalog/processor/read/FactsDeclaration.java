package dev.modelcatalog.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;

/**
 * The model-facts annotations of one stub as written: {@code @Architecture}, {@code @Modalities},
 * {@code @SupportedParameters}, {@code @Lifecycle} and {@code @Limits}, each where present. Kept apart from
 * {@link ModelDeclaration} so that the facts are one feature with its own reader and locator.
 */
public record FactsDeclaration(
    Optional<AnnotationDeclaration> architecture,
    Optional<AnnotationDeclaration> modalities,
    Optional<AnnotationDeclaration> supportedParameters,
    Optional<AnnotationDeclaration> lifecycle,
    Optional<AnnotationDeclaration> limits) {

  /** No facts annotation. */
  public static final FactsDeclaration NONE = new FactsDeclaration(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Problem fields of the runtime's rules that belong to a facts annotation, by field: the annotation (by the
   * accessor name below) and the attribute. Field names are those of the detailed JSON ({@code numHeads},
   * {@code architecture} for the family, {@code modalities.input}, {@code status}, {@code maxInputTokens}).
   */
  private static final Map<String, String[]> FIELDS = Map.ofEntries(
      Map.entry("parameters", new String[] {"architecture", "parameters"}),
      Map.entry("numLayers", new String[] {"architecture", "numLayers"}),
      Map.entry("hiddenSize", new String[] {"architecture", "hiddenSize"}),
      Map.entry("numHeads", new String[] {"architecture", "numHeads"}),
      Map.entry("architecture", new String[] {"architecture", "family"}),
      Map.entry("modalities.input", new String[] {"modalities", "input"}),
      Map.entry("modalities.output", new String[] {"modalities", "output"}),
      Map.entry("supportedParameters", new String[] {"supportedParameters", "value"}),
      Map.entry("status", new String[] {"lifecycle", "status"}),
      Map.entry("releaseDate", new String[] {"lifecycle", "releaseDate"}),
      Map.entry("lastUpdated", new String[] {"lifecycle", "lastUpdated"}),
      Map.entry("openWeights", new String[] {"lifecycle", "openWeights"}),
      Map.entry("paperUrl", new String[] {"lifecycle", "paperUrl"}),
      Map.entry("docsUrl", new String[] {"lifecycle", "docsUrl"}),
      Map.entry("maxInputTokens", new String[] {"limits", "maxInputTokens"}),
      Map.entry("maxImagesPerRequest", new String[] {"limits", "maxImagesPerRequest"}),
      Map.entry("maxAudioSecondsPerRequest", new String[] {"limits", "maxAudioSecondsPerRequest"}));

  /**
   * Where to report a problem in a facts field: the written attribute, else the annotation. Empty when the field
   * is no facts field or its annotation is absent (the caller then falls back to {@link ModelDeclaration#locate}).
   */
  public Optional<Location> locate(String field) {
    String[] target = FIELDS.get(field);
    if (target == null) {
      return Optional.empty();
    }
    return annotation(target[0]).map(a -> a.locate(target[1]));
  }

  private Optional<AnnotationDeclaration> annotation(String name) {
    switch (name) {
      case "architecture":
        return architecture;
      case "modalities":
        return modalities;
      case "supportedParameters":
        return supportedParameters;
      case "lifecycle":
        return lifecycle;
      default:
        return limits;
    }
  }

  /**
   * The names of the enum constants the author wrote in an enum-array attribute; empty when it was not written
   * (these attributes default to {@code {}}, or have no default).
   *
   * @throws AnnotationDeclaration.UnreadableValueException for a value javac could not attribute
   */
  public static List<String> enumNames(AnnotationDeclaration annotation, String attribute) {
    Optional<AnnotationValue> written = annotation.writtenValue(attribute);
    if (written.isEmpty()) {
      return List.of();
    }
    Object value = written.get().getValue();
    List<String> names = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof AnnotationValue element) || !(element.getValue() instanceof VariableElement constant)) {
          throw new AnnotationDeclaration.UnreadableValueException(attribute);
        }
        names.add(constant.getSimpleName().toString());
      }
    } else if (value instanceof VariableElement constant) {
      names.add(constant.getSimpleName().toString()); // a single value written without braces
    } else {
      throw new AnnotationDeclaration.UnreadableValueException(attribute);
    }
    return List.copyOf(names);
  }
}
