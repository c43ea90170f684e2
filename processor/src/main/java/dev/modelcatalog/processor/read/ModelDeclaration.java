package dev.modelcatalog.processor.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * One model stub as written: its {@code @Model} and, where present, {@code @Capabilities}, {@code @MoE},
 * {@code @Latency} and {@code @Pricing}, and the provider of its package.
 *
 * <p>Routes and snapshots: {@code routes} holds each {@code @Route} (written once, or repeated inside the
 * compiler's {@code @Routes} container) in declaration order; {@code snapshot} the {@code @Snapshot}, if any.
 */
public record ModelDeclaration(
    TypeElement element,
    ProviderDeclaration provider,
    AnnotationDeclaration model,
    Optional<AnnotationDeclaration> capabilities,
    Optional<AnnotationDeclaration> moe,
    Optional<AnnotationDeclaration> latency,
    Optional<AnnotationDeclaration> pricing,
    List<AnnotationDeclaration> routes,
    Optional<AnnotationDeclaration> snapshot) {

  public ModelDeclaration {
    routes = List.copyOf(routes);
  }

  private static final Pattern FIELD = Pattern.compile("(?:(\\w+)\\.)?(\\w+)(?:\\[(\\d+)])?");

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /**
   * Where to report a problem found in a field of the built definition. Field paths are those of the runtime's
   * {@code Problem.field()}: {@code contextWindow}, {@code aliases[1]}, {@code pricing.inputPerMillion},
   * {@code moe.activeParams}, {@code latency.ttftMean}, {@code capabilities.reasoning}. The most specific written
   * value wins; a value that came from a preset or a default is reported on the attribute that chose it, or on
   * the annotation.
   */
  public Location locate(String field) {
    Matcher m = FIELD.matcher(field == null ? "" : field);
    if (!m.matches()) {
      return model.locate("id");
    }
    String group = m.group(1);
    String attribute = m.group(2);
    int index = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    if (group == null && attribute.equals("capabilities")) {
      return capabilities.map(c -> new Location(element, c.mirror(), null)).orElseGet(this::presetLocation);
    }
    if (group == null) {
      return index >= 0 ? model.locate(attribute, index) : model.locate(attribute);
    }
    switch (group) {
      case "capabilities":
        return capabilities.filter(c -> c.isWritten(attribute)).map(c -> c.locate(attribute))
            .orElseGet(this::presetLocation);
      case "moe":
        return moe.map(a -> a.locate(attribute)).orElseGet(() -> model.locate("id"));
      case "latency":
        return latency.map(a -> a.isWritten(attribute) ? a.locate(attribute) : a.locate("preset"))
            .orElseGet(() -> new Location(element, model.mirror(), null));
      case "pricing":
        return pricing.map(a -> a.locate(attribute)).orElseGet(() -> new Location(element, model.mirror(), null));
      default:
        return new Location(element, model.mirror(), null);
    }
  }

  private Location presetLocation() {
    return model.isWritten("preset") ? model.locate("preset") : new Location(element, model.mirror(), null);
  }
}
