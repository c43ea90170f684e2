package dev.modelcatalog.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * One annotation on one element, as written: the attributes the author wrote (which presets need, since they
 * override only what differs) and the effective values, defaults included.
 *
 * <p>Typed accessors return the effective value. Values of the wrong type only occur in code javac already
 * rejects; they surface as {@link UnreadableValueException}, which the reader turns into "no declaration".
 */
public final class AnnotationDeclaration {

  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<String, AnnotationValue> written;
  private final Map<String, AnnotationValue> effective;

  private AnnotationDeclaration(Element element, AnnotationMirror mirror, Map<String, AnnotationValue> written,
      Map<String, AnnotationValue> effective) {
    this.element = element;
    this.mirror = mirror;
    this.written = written;
    this.effective = effective;
  }

  /** Reads the mirror's written and effective values. */
  public static AnnotationDeclaration of(Element element, AnnotationMirror mirror, Elements elements) {
    return new AnnotationDeclaration(element, mirror, byName(mirror.getElementValues()),
        byName(elements.getElementValuesWithDefaults(mirror)));
  }

  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new TreeMap<>();
    values.forEach((attribute, value) -> byName.put(attribute.getSimpleName().toString(), value));
    return Map.copyOf(byName);
  }

  public Element element() {
    return element;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** Whether the author wrote the attribute. */
  public boolean isWritten(String attribute) {
    return written.containsKey(attribute);
  }

  /** The value the author wrote, if any. */
  public Optional<AnnotationValue> writtenValue(String attribute) {
    return Optional.ofNullable(written.get(attribute));
  }

  /** The names of the attributes the author wrote, sorted. */
  public List<String> writtenAttributes() {
    return List.copyOf(new TreeMap<>(written).keySet());
  }

  /** Where to report on the attribute: its written value, else the annotation. */
  public Location locate(String attribute) {
    return new Location(element, mirror, written.get(attribute));
  }

  /** Where to report on one element of an array attribute: that element, else the whole value. */
  public Location locate(String attribute, int index) {
    AnnotationValue value = written.get(attribute);
    if (value != null && value.getValue() instanceof List<?> list && index >= 0 && index < list.size()
        && list.get(index) instanceof AnnotationValue item) {
      return new Location(element, mirror, item);
    }
    return locate(attribute);
  }

  public String string(String attribute) {
    return cast(attribute, String.class);
  }

  public int integer(String attribute) {
    return cast(attribute, Integer.class);
  }

  public long longValue(String attribute) {
    Object value = raw(attribute);
    if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
      return number.longValue();
    }
    throw new UnreadableValueException(attribute);
  }

  public double doubleValue(String attribute) {
    Object value = raw(attribute);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw new UnreadableValueException(attribute);
  }

  public boolean bool(String attribute) {
    return cast(attribute, Boolean.class);
  }

  /** The name of the enum constant the attribute holds. */
  public String enumName(String attribute) {
    return cast(attribute, VariableElement.class).getSimpleName().toString();
  }

  /** The strings of a {@code String[]} attribute. */
  public List<String> strings(String attribute) {
    List<?> values = cast(attribute, List.class);
    List<String> strings = new ArrayList<>(values.size());
    for (Object value : values) {
      if (!(value instanceof AnnotationValue item) || !(item.getValue() instanceof String string)) {
        throw new UnreadableValueException(attribute);
      }
      strings.add(string);
    }
    return List.copyOf(strings);
  }

  private Object raw(String attribute) {
    AnnotationValue value = effective.get(attribute);
    if (value == null) {
      throw new UnreadableValueException(attribute);
    }
    return value.getValue();
  }

  private <T> T cast(String attribute, Class<T> type) {
    Object value = raw(attribute);
    if (!type.isInstance(value)) {
      throw new UnreadableValueException(attribute);
    }
    return type.cast(value);
  }

  /** A value javac could not attribute (a compile error it reports itself). */
  public static final class UnreadableValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableValueException(String attribute) {
      super(attribute, null, false, false);
    }
  }
}
