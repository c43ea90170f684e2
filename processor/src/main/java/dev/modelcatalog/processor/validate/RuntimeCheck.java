package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.Location;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the runtime that the generated catalogs compile against: it must be on the class path and read the
 * catalog format they are written in. Without the check, a missing runtime shows as a dozen javac errors in every
 * generated file ({@code package dev.modelcatalog.runtime does not exist}), and an older one as {@code cannot find
 * symbol} on whatever it lacks, none of them naming the dependency to fix.
 */
public final class RuntimeCheck {

  /** The interface every generated catalog implements, whose {@code FORMAT} constant names the runtime's format. */
  private static final String CATALOG_INTERFACE = "dev.modelcatalog.runtime.ModelCatalog";

  private RuntimeCheck() {}

  /**
   * @param format the catalog format the processor writes
   * @param at where to report: the {@code @Provider} of the first catalog
   */
  public static Report validate(Elements elements, int format, Location at) {
    Report report = new Report();
    TypeElement catalog = elements.getTypeElement(CATALOG_INTERFACE);
    if (catalog == null) {
      report.add(Finding.of(Message.RUNTIME_MISSING, at));
      return report;
    }
    int onClassPath = formatOf(catalog);
    if (onClassPath < format) {
      report.add(Finding.of(Message.RUNTIME_TOO_OLD, at, onClassPath, format));
    }
    return report;
  }

  /** The runtime's {@code FORMAT} constant; 0 for a runtime from before catalog formats. */
  private static int formatOf(TypeElement catalog) {
    for (VariableElement field : ElementFilter.fieldsIn(catalog.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("FORMAT") && field.getConstantValue() instanceof Integer format) {
        return format;
      }
    }
    return 0;
  }
}
