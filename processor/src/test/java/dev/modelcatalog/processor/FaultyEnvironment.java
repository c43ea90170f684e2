package dev.modelcatalog.processor;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Runs the processor in a processing environment that fails on purpose, to show how it reports failures it
 * cannot foresee: element utilities that throw on annotations holding the value {@code "boom"}, or a Filer that
 * refuses to create one source file.
 */
final class FaultyEnvironment extends AbstractProcessor {

  private final CatalogProcessor delegate = new CatalogProcessor();
  private final String refusedSource;

  private FaultyEnvironment(String refusedSource) {
    this.refusedSource = refusedSource;
  }

  /** Element utilities throw {@link IllegalStateException} on any annotation with a value {@code "boom"}. */
  static FaultyEnvironment throwingOnBoom() {
    return new FaultyEnvironment(null);
  }

  /** The Filer throws {@link IOException} when asked for this source file. */
  static FaultyEnvironment refusingSource(String qualifiedName) {
    return new FaultyEnvironment(qualifiedName);
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Elements elements = proxy(Elements.class, env.getElementUtils(), (target, method, args) -> {
      if (method.getName().equals("getElementValuesWithDefaults") && holdsBoom((AnnotationMirror) args[0])) {
        throw new IllegalStateException("simulated failure");
      }
      return method.invoke(target, args);
    });
    Filer filer = proxy(Filer.class, env.getFiler(), (target, method, args) -> {
      if (method.getName().equals("createSourceFile") && args[0].toString().equals(refusedSource)) {
        throw new IOException("simulated: no space left for " + args[0]);
      }
      return method.invoke(target, args);
    });
    delegate.init(proxy(ProcessingEnvironment.class, env, (target, method, args) -> {
      switch (method.getName()) {
        case "getElementUtils":
          return elements;
        case "getFiler":
          return filer;
        default:
          return method.invoke(target, args);
      }
    }));
  }

  private static boolean holdsBoom(AnnotationMirror mirror) {
    for (AnnotationValue value : mirror.getElementValues().values()) {
      if ("boom".equals(value.getValue())) {
        return true;
      }
    }
    return false;
  }

  @FunctionalInterface
  private interface Handler {
    Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    InvocationHandler unwrapping = (p, method, args) -> {
      try {
        return handler.invoke(target, method, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, unwrapping));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }
}
