package dev.modelcatalog.processor.read;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.Provider;
import dev.modelcatalog.processor.diag.Diagnostics;
import dev.modelcatalog.processor.diag.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Model} stubs of a round into {@link ModelDeclaration}s. Reports stubs that cannot become a
 * model (not a class, no {@code @Provider} package, an invalid provider id) and companion annotations without
 * {@code @Model}; such stubs yield no declaration.
 */
public final class ModelReader {

  /** The companion annotations that only mean something next to {@code @Model}. */
  private static final List<Class<?>> COMPANIONS = List.of(Capabilities.class, MoE.class, Latency.class,
      Pricing.class);
  private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final Elements elements;
  private final Diagnostics diagnostics;
  /** Providers read so far, by package name; empty when the package has none or an invalid one. */
  private final Map<String, Optional<ProviderDeclaration>> providers = new HashMap<>();

  public ModelReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** The names of the annotations the processor reads. */
  public static Set<String> annotationNames() {
    return Set.of(Model.class.getCanonicalName(), Provider.class.getCanonicalName(),
        Capabilities.class.getCanonicalName(), MoE.class.getCanonicalName(), Latency.class.getCanonicalName(),
        Pricing.class.getCanonicalName());
  }

  /** Whether the round brings any {@code @Model} element. */
  public boolean hasModels(RoundEnvironment round) {
    TypeElement model = elements.getTypeElement(Model.class.getCanonicalName());
    return model != null && !round.getElementsAnnotatedWith(model).isEmpty();
  }

  /** Reads every {@code @Model} element of the round, sorted by qualified name; reports what it cannot read. */
  public List<ModelDeclaration> read(RoundEnvironment round) {
    reportCompanionsWithoutModel(round);
    List<ModelDeclaration> declarations = new ArrayList<>();
    for (Element element : sorted(annotatedWith(round, Model.class))) {
      read(element).ifPresent(declarations::add);
    }
    return declarations;
  }

  /**
   * The declaration read afresh in the current round. javac attributes annotations anew each round, so mirrors
   * and values kept from an earlier round no longer lead the Messager to their source position; catalog-wide
   * checks run on refreshed declarations. Falls back to the old declaration if the stub cannot be found.
   */
  public ModelDeclaration refresh(ModelDeclaration old) {
    TypeElement type = elements.getTypeElement(old.qualifiedName());
    if (type == null) {
      return old;
    }
    return read(type).orElse(old);
  }

  private Optional<ModelDeclaration> read(Element element) {
    AnnotationMirror model = mirror(element, Model.class).orElseThrow();
    if (element.getKind() != ElementKind.CLASS) {
      diagnostics.report(Message.MODEL_NOT_CLASS, element, model, null,
          element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '), element.getSimpleName());
      return Optional.empty();
    }
    TypeElement type = (TypeElement) element;
    PackageElement pkg = elements.getPackageOf(type);
    Optional<ProviderDeclaration> provider = providers.computeIfAbsent(pkg.getQualifiedName().toString(),
        name -> readProvider(pkg));
    if (!mirror(pkg, Provider.class).isPresent()) {
      diagnostics.report(Message.MODEL_OUTSIDE_PROVIDER, element, model, null, type.getSimpleName(),
          pkg.getQualifiedName());
      return Optional.empty();
    }
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ModelDeclaration(type, provider.get(), AnnotationDeclaration.of(type, model, elements),
          companion(type, Capabilities.class), companion(type, MoE.class), companion(type, Latency.class),
          companion(type, Pricing.class)));
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return Optional.empty(); // javac reports the broken value itself
    }
  }

  private Optional<ProviderDeclaration> readProvider(PackageElement pkg) {
    Optional<AnnotationMirror> mirror = mirror(pkg, Provider.class);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    AnnotationDeclaration provider = AnnotationDeclaration.of(pkg, mirror.get(), elements);
    try {
      String id = provider.string("id");
      if (!PROVIDER_ID.matcher(id).matches()) {
        Location at = provider.locate("id");
        diagnostics.report(Message.PROVIDER_ID_INVALID, at.element(), at.mirror(), at.value(), id);
        return Optional.empty();
      }
      String name = provider.string("name");
      return Optional.of(new ProviderDeclaration(provider, id, name.isEmpty() ? id : name));
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return Optional.empty();
    }
  }

  private Optional<AnnotationDeclaration> companion(TypeElement type, Class<?> annotation) {
    return mirror(type, annotation).map(m -> AnnotationDeclaration.of(type, m, elements));
  }

  private void reportCompanionsWithoutModel(RoundEnvironment round) {
    for (Class<?> companion : COMPANIONS) {
      for (Element element : sorted(annotatedWith(round, companion))) {
        if (mirror(element, Model.class).isEmpty()) {
          diagnostics.report(Message.ANNOTATION_WITHOUT_MODEL, element, mirror(element, companion).orElse(null),
              null, companion.getSimpleName(), element.getSimpleName());
        }
      }
    }
  }

  private Set<? extends Element> annotatedWith(RoundEnvironment round, Class<?> annotation) {
    TypeElement type = elements.getTypeElement(annotation.getCanonicalName());
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  private static List<Element> sorted(Set<? extends Element> elements) {
    List<Element> sorted = new ArrayList<>(elements);
    sorted.sort(Comparator.comparing(ModelReader::sortKey));
    return sorted;
  }

  private static String sortKey(Element element) {
    return element instanceof TypeElement type ? type.getQualifiedName().toString() : element.toString();
  }

  /** The annotation of this type on the element, found by name (annotations are never read reflectively). */
  static Optional<AnnotationMirror> mirror(Element element, Class<?> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }
}
