package dev.modelcatalog.processor.validate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.modelcatalog.annotations.Model;
import dev.modelcatalog.processor.diag.Message;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds this project's annotations on classes that annotation processors never see: local classes (declared in a
 * method, constructor, initializer or lambda) and the classes inside an anonymous or local class. javac enters
 * such classes only when it attributes the code around them, after processing, so a stub declared there would
 * compile and be left out of every catalog without a word. This looks at each class javac has attributed and
 * reports {@link Message#HIDDEN_STUB} on the annotation.
 *
 * <p>It listens to javac through the compiler tree API. Under another compiler, or a build tool that wraps the
 * processing environment, it is not installed, and such a stub goes unreported as before.
 */
public final class HiddenStubs implements TaskListener {

  private static final String MODEL = Model.class.getCanonicalName();

  private final Trees trees;
  /** The qualified names of the annotations a stub carries ({@code @Model} and its companions). */
  private final Set<String> annotationNames;

  private HiddenStubs(Trees trees, Set<String> annotationNames) {
    this.trees = trees;
    this.annotationNames = annotationNames;
  }

  /** Installs the check for this compilation, when javac's tree API is there. */
  public static void watch(ProcessingEnvironment env, Set<String> annotationNames) {
    try {
      JavacTask.instance(env).addTaskListener(new HiddenStubs(Trees.instance(env), annotationNames));
    } catch (RuntimeException | LinkageError notJavac) {
      // Not javac's own environment: the processor works as before, without this check.
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null
        || event.getCompilationUnit() == null) {
      return;
    }
    try {
      TreePath path = trees.getPath(event.getTypeElement());
      if (path != null) {
        new Scanner(event.getCompilationUnit()).scan(path, null);
      }
    } catch (RuntimeException unexpected) {
      // A safety net over javac's own checks: a failure in it must not fail a build whose stubs are fine.
    }
  }

  /** Reports each hidden class that carries one of the annotations, once. */
  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Element type = trees.getElement(getCurrentPath());
      if (type instanceof TypeElement declared && isHidden(declared)) {
        report(node, declared);
      }
      return super.visitClass(node, unused);
    }

    /** One error a class: on its {@code @Model}, else on the first companion annotation. */
    private void report(ClassTree node, TypeElement declared) {
      AnnotationTree at = null;
      TypeElement atType = null;
      for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
        Element annotationType = trees.getElement(new TreePath(getCurrentPath(), annotation.getAnnotationType()));
        if (annotationType instanceof TypeElement named
            && annotationNames.contains(named.getQualifiedName().toString())
            && (at == null || named.getQualifiedName().contentEquals(MODEL))) {
          at = annotation;
          atType = named;
        }
      }
      if (at != null) {
        Message message = Message.HIDDEN_STUB;
        trees.printMessage(message.kind(), "[" + message.code() + "] "
            + message.format(atType.getSimpleName(), declared.getSimpleName()), at, unit);
      }
    }
  }

  /** Whether the class is local or anonymous, or sits inside one: processors are shown none of these. */
  private static boolean isHidden(TypeElement type) {
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement t
          && (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS)) {
        return true;
      }
    }
    return false;
  }
}
