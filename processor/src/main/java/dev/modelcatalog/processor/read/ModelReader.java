package dev.modelcatalog.processor.read;

import dev.modelcatalog.annotations.Capabilities;
import dev.modelcatalog.annotations.Latency;
import dev.modelcatalog.annotations.MoE;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.annotations.Platform;
import dev.modelcatalog.annotations.Platforms;
import dev.modelcatalog.annotations.Pricing;
import dev.modelcatalog.annotations.Provider;
import dev.modelcatalog.annotations.Route;
import dev.modelcatalog.annotations.Routes;
import dev.modelcatalog.annotations.Snapshot;
import dev.modelcatalog.processor.diag.Diagnostics;
import dev.modelcatalog.processor.diag.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Model} stubs of a round into {@link ModelDeclaration}s. Reports stubs that cannot become a
 * model (not a class, no {@code @Provider} package, an invalid provider id) and companion annotations without
 * {@code @Model}; such stubs yield no declaration. Reads the {@code @Provider} packages of the compilation too,
 * with or without stubs, and reports {@code @Platform} on a package without {@code @Provider}.
 */
public final class ModelReader {

  /** The companion annotations that only mean something next to {@code @Model}. */
  private static final List<Class<?>> COMPANIONS = List.of(Capabilities.class, MoE.class, Latency.class,
      Pricing.class, Route.class, Routes.class, Snapshot.class);
  private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final Elements elements;
  private final Diagnostics diagnostics;
  /** Providers read so far, by package name; empty when the package has none or an invalid one. */
  private final Map<String, Optional<ProviderDeclaration>> providers = new HashMap<>();
  /** Packages with {@code @Provider} or {@code @Platform} not read yet: their values may resolve in a later round. */
  private final Set<String> pendingPackages = new TreeSet<>();
  private final DeferredModels deferred;
  /** The qualified names of every stub a round brought, read or not: {@link #readCompiled} leaves them out. */
  private final Set<String> seen = new HashSet<>();

  public ModelReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.deferred = new DeferredModels(elements);
  }

  /** The names of the annotations the processor reads. */
  public static Set<String> annotationNames() {
    Set<String> names = new TreeSet<>(Set.of(Model.class.getCanonicalName(), Provider.class.getCanonicalName(),
        Capabilities.class.getCanonicalName(), MoE.class.getCanonicalName(), Latency.class.getCanonicalName(),
        Pricing.class.getCanonicalName(), Route.class.getCanonicalName(), Routes.class.getCanonicalName(),
        Platform.class.getCanonicalName(), Platforms.class.getCanonicalName(), Snapshot.class.getCanonicalName()));
    FactsReader.ANNOTATIONS.forEach(annotation -> names.add(annotation.getCanonicalName())); // model facts
    return Set.copyOf(names);
  }

  /** Whether the round brings any {@code @Model} element. */
  public boolean hasModels(RoundEnvironment round) {
    TypeElement model = elements.getTypeElement(Model.class.getCanonicalName());
    return model != null && !round.getElementsAnnotatedWith(model).isEmpty();
  }

  /**
   * Reads every {@code @Model} element of the round, sorted by qualified name, then the stubs deferred from
   * earlier rounds; reports what it cannot read. Stubs with a value javac cannot resolve yet are deferred, and
   * an unexpected failure on one stub is reported on it without stopping the others.
   */
  public List<ModelDeclaration> read(RoundEnvironment round) {
    reportCompanionsWithoutModel(round);
    List<ModelDeclaration> declarations = new ArrayList<>();
    List<Element> stubs = sorted(annotatedWith(round, Model.class));
    stubs.forEach(stub -> seen.add(sortKey(stub)));
    for (Element element : deferred.ready(stubs)) {
      try {
        read(element).ifPresent(declarations::add);
      } catch (RuntimeException unexpected) {
        diagnostics.internalError(element, unexpected);
      }
    }
    return declarations;
  }

  /**
   * Every {@code @Provider} package of the compilation, once, in the first round its annotation values resolve,
   * so its metadata and platforms can be checked even when no stub of it is (or none is valid). The declaration
   * is read even when the provider id is invalid (reported once, here or for a stub), so one build shows every
   * problem of the package. A {@code @Platform} on a package without {@code @Provider} is reported here.
   */
  public List<ProviderDeclaration> readProviders(RoundEnvironment round) {
    for (Class<?> annotation : List.of(Provider.class, Platform.class, Platforms.class)) {
      for (Element element : annotatedWith(round, annotation)) {
        if (element instanceof PackageElement pkg) {
          pendingPackages.add(pkg.getQualifiedName().toString());
        }
      }
    }
    List<ProviderDeclaration> ready = new ArrayList<>();
    for (Iterator<String> names = pendingPackages.iterator(); names.hasNext(); ) {
      String name = names.next();
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null && UnresolvedValues.inAnnotations(pkg).isPresent()) {
        continue; // a constant another processor may still generate; javac reports it if none does
      }
      names.remove();
      try {
        if (pkg != null) {
          readPackage(name, pkg).ifPresent(ready::add);
        }
      } catch (RuntimeException unexpected) {
        diagnostics.internalError(pkg, unexpected);
      }
    }
    return ready;
  }

  private Optional<ProviderDeclaration> readPackage(String name, PackageElement pkg) {
    if (mirror(pkg, Provider.class).isEmpty()) {
      for (Class<?> platform : List.of(Platform.class, Platforms.class)) {
        mirror(pkg, platform).ifPresent(found -> diagnostics.report(Message.ANNOTATION_WITHOUT_MODEL, pkg, found,
            null, platform.getSimpleName(), "package " + name, "@Provider",
            "@Provider(id = \"...\") to its package-info.java"));
      }
      return Optional.empty();
    }
    providers.computeIfAbsent(name, n -> readProvider(pkg)); // reports an invalid id, once per package
    return declareProvider(pkg);
  }

  /**
   * The stubs of these provider packages that no round brought: compiled earlier, and found as class files. An IDE
   * that recompiles only the sources that changed hands the processor only their stubs, and a catalog written
   * from those alone would lose every other model of its package. Their annotations are kept in class files, so
   * they read like sources. Sorted by qualified name.
   */
  public List<ModelDeclaration> readCompiled(Set<String> packageNames) {
    List<Element> compiled = new ArrayList<>();
    for (String name : new TreeSet<>(packageNames)) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        collectCompiled(pkg.getEnclosedElements(), compiled);
      }
    }
    List<ModelDeclaration> declarations = new ArrayList<>();
    for (Element element : sorted(new LinkedHashSet<>(compiled))) {
      seen.add(sortKey(element));
      try {
        read(element).ifPresent(declarations::add);
      } catch (RuntimeException unexpected) {
        diagnostics.internalError(element, unexpected);
      }
    }
    return declarations;
  }

  /** The unseen {@code @Model} types among these members and the types nested in them. */
  private void collectCompiled(List<? extends Element> members, List<Element> compiled) {
    for (Element member : members) {
      if (member instanceof TypeElement type) {
        if (!seen.contains(sortKey(type)) && mirror(type, Model.class).isPresent()) {
          compiled.add(type);
        }
        collectCompiled(type.getEnclosedElements(), compiled);
      }
    }
  }

  /** Whether stubs wait for values that could not be resolved yet. */
  public boolean hasDeferred() {
    return !deferred.isEmpty();
  }

  /** Where the deferred stubs' unresolved values are; reported in the last round. */
  public List<Location> unresolved() {
    return deferred.unresolved();
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
      // The unnamed package can have no package-info to carry @Provider: the stub has to move.
      boolean unnamed = pkg.isUnnamed();
      diagnostics.report(Message.MODEL_OUTSIDE_PROVIDER, element, model, null, type.getSimpleName(),
          unnamed ? "the unnamed package" : "package '" + pkg.getQualifiedName() + "'",
          unnamed ? "move it into a package, and add @Provider(id = \"...\") to that package's package-info.java"
              : "add @Provider(id = \"...\") to its package-info.java");
      return Optional.empty();
    }
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ModelDeclaration(type, provider.get(), AnnotationDeclaration.of(type, model, elements),
          companion(type, Capabilities.class), companion(type, MoE.class), companion(type, Latency.class),
          companion(type, Pricing.class), repeated(type, Route.class, Routes.class),
          companion(type, Snapshot.class)));
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return Optional.empty(); // javac reports the broken value itself
    }
  }

  /** The package's provider, for its stubs: empty, after reporting, when the provider id is invalid. */
  private Optional<ProviderDeclaration> readProvider(PackageElement pkg) {
    Optional<ProviderDeclaration> provider = declareProvider(pkg);
    if (provider.isPresent() && !PROVIDER_ID.matcher(provider.get().id()).matches()) {
      Location at = provider.get().annotation().locate("id");
      diagnostics.report(Message.PROVIDER_ID_INVALID, at.element(), at.mirror(), at.value(), provider.get().id());
      return Optional.empty();
    }
    return provider;
  }

  /** The package's {@code @Provider} as written, its id unchecked; empty without one or when unreadable. */
  private Optional<ProviderDeclaration> declareProvider(PackageElement pkg) {
    Optional<AnnotationMirror> mirror = mirror(pkg, Provider.class);
    if (mirror.isEmpty()) {
      return Optional.empty();
    }
    AnnotationDeclaration provider = AnnotationDeclaration.of(pkg, mirror.get(), elements);
    try {
      String id = provider.string("id");
      String name = provider.string("name");
      return Optional.of(new ProviderDeclaration(provider, id, name.isEmpty() ? id : name,
          repeated(pkg, Platform.class, Platforms.class)));
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return Optional.empty();
    }
  }

  private Optional<AnnotationDeclaration> companion(TypeElement type, Class<?> annotation) {
    return mirror(type, annotation).map(m -> AnnotationDeclaration.of(type, m, elements));
  }

  /**
   * Every annotation of a repeatable type on the element, in declaration order: the one written alone, or each
   * element of the container javac writes when it is repeated. Each keeps its own mirror, so problems are
   * reported on the repeated annotation's own attribute.
   */
  private List<AnnotationDeclaration> repeated(Element element, Class<?> annotation, Class<?> container) {
    List<AnnotationDeclaration> found = new ArrayList<>();
    mirror(element, annotation).ifPresent(m -> found.add(AnnotationDeclaration.of(element, m, elements)));
    mirror(element, container).ifPresent(m -> {
      for (AnnotationValue item : AnnotationDeclaration.of(element, m, elements).values("value")) {
        if (item.getValue() instanceof AnnotationMirror inner) {
          found.add(AnnotationDeclaration.of(element, inner, elements));
        }
      }
    });
    return List.copyOf(found);
  }

  private void reportCompanionsWithoutModel(RoundEnvironment round) {
    List<Class<?>> companions = new ArrayList<>(COMPANIONS);
    companions.addAll(FactsReader.ANNOTATIONS); // model facts
    // One walk over the round's elements (each getElementsAnnotatedWith call is one), keeping the few without @Model.
    Set<TypeElement> types = new LinkedHashSet<>();
    for (Class<?> companion : companions) {
      TypeElement type = elements.getTypeElement(companion.getCanonicalName());
      if (type != null) {
        types.add(type);
      }
    }
    Set<? extends Element> annotated =
        types.isEmpty() ? Set.of() : round.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]));
    List<Element> withoutModel = new ArrayList<>();
    for (Element element : annotated) {
      if (mirror(element, Model.class).isEmpty()) {
        withoutModel.add(element);
      }
    }
    withoutModel.sort(Comparator.comparing(ModelReader::sortKey));
    for (Class<?> companion : companions) {
      for (Element element : withoutModel) {
        mirror(element, companion).ifPresent(found -> diagnostics.report(Message.ANNOTATION_WITHOUT_MODEL, element,
            found, null, companion.getSimpleName(), element.getSimpleName(), "@Model",
            "@Model(id = \"...\", contextWindow = ...)"));
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
