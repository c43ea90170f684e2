package dev.modelcatalog.processor.diag;

import java.util.Arrays;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics as {@code [code] message} at the most specific place known, remembers whether an error was
 * raised, and drops warnings that the element (or an enclosing element) silences with
 * {@code @SuppressWarnings("<code>")}. Reporting never throws.
 */
public final class Diagnostics {

  private final Messager messager;
  private boolean errorRaised;
  /** Places messages on repeated annotations, which the Messager cannot; null when not available. */
  private RepeatedAnnotations repeated;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** A reporter that also places messages on repeated annotations ({@code @Route} written several times). */
  public Diagnostics(ProcessingEnvironment env) {
    this(env.getMessager());
    this.repeated = RepeatedAnnotations.of(env);
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
    if (repeated != null && repeated.print(kind, line, element, mirror, value)) {
      return;
    }
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

  /**
   * Reports an unexpected exception as one error containing "internal error", naming the element and the
   * exception with the frame that threw it; no stack trace dump.
   */
  public void internalError(Element element, Throwable failure) {
    String missing = missingClass(failure);
    if (missing != null) {
      report(Message.PROCESSOR_PATH_INCOMPLETE, null, null, null, missing);
    } else {
      report(Message.INTERNAL_ERROR, element, null, null, describe(element), summary(failure));
    }
  }

  /**
   * The class whose absence caused the failure, or null: a class the processor was compiled against that its
   * class loader cannot find means a processor path without the processor's dependencies, not a bug.
   */
  static String missingClass(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException) {
        String name = cause.getMessage();
        // "Could not initialize class X" names a class that was found; its initializer failed earlier.
        if (name != null && !name.isBlank() && name.indexOf(' ') < 0) {
          return name.replace('/', '.');
        }
      }
    }
    return null;
  }

  private static String describe(Element element) {
    if (element == null) {
      return "the compilation";
    }
    String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return element instanceof QualifiedNameable named ? kind + " " + named.getQualifiedName()
        : kind + " " + element.getSimpleName();
  }

  /** {@code Type: message (at Class.method(File.java:12))}. */
  static String summary(Throwable failure) {
    StackTraceElement[] frames = failure.getStackTrace();
    String at = frames.length == 0 ? "" : " (at " + frames[0] + ")";
    return failure + at;
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
