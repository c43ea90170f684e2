package dev.modelcatalog.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics as {@code [code] message} at the most specific place known, remembers whether an error was
 * raised, and drops warnings that the element (or an enclosing element) silences with
 * {@code @SuppressWarnings("<code>")}. Reporting never throws.
 */
public final class Diagnostics {

  private final Messager messager;
  private boolean errorRaised;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Whether any error has been reported in this compilation. */
  public boolean errorRaised() {
    return errorRaised;
  }

  /** Reports a processor message; {@code element}, {@code mirror} and {@code value} may each be null. */
  public void report(Message message, Element element, AnnotationMirror mirror, AnnotationValue value,
      Object... args) {
    print(message.kind(), message.code(), message.format(args), element, mirror, value);
  }

  /**
   * Reports a message with a code of its own (a runtime rule's), as {@code [code] text}. Warnings silenced on
   * the element are dropped.
   */
  public void print(Diagnostic.Kind kind, String code, String text, Element element, AnnotationMirror mirror,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errorRaised = true;
    } else if (kind == Diagnostic.Kind.WARNING && isSuppressed(element, code)) {
      return;
    }
    String line = "[" + code + "] " + text;
    if (element == null) {
      messager.printMessage(kind, line);
    } else if (mirror == null) {
      messager.printMessage(kind, line, element);
    } else if (value == null) {
      messager.printMessage(kind, line, element, mirror);
    } else {
      messager.printMessage(kind, line, element, mirror, value);
    }
  }

  /** Reports an unexpected exception as one error containing "internal error" and the stack trace. */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    report(Message.INTERNAL_ERROR, element, null, null, trace);
  }

  private static boolean isSuppressed(Element element, String code) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.asList(suppress.value()).contains(code)) {
        return true;
      }
    }
    return false;
  }
}
