package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.ModelDeclaration;
import dev.modelcatalog.runtime.Discovery;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Problem;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks one model with the runtime's rules ({@code ModelRules}, through {@link ModelDefinition.Builder#problems()})
 * and maps each problem's field to the annotation attribute at fault. New per-model rules belong in
 * {@code ModelRules}, so build time and run time agree; rules only the processor can check (the stub's shape)
 * belong in the reader.
 */
public final class ModelValidator {

  /** The outcome: what was found, and the spec when nothing of it is an error. */
  public record Result(Report report, Optional<ValidModel> model) {}

  private final Elements elements;

  public ModelValidator(Elements elements) {
    this.elements = elements;
  }

  public Result validate(ModelDeclaration declaration) {
    Report report = new Report();
    ModelDefinition.Builder builder;
    try {
      builder = DefinitionAssembler.assemble(declaration);
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      return new Result(report, Optional.empty()); // javac reports the broken value itself
    }
    List<Problem> problems = builder.problems();
    for (Problem problem : problems) {
      Diagnostic.Kind kind = problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
      report.add(new Finding(kind, problem.code(), problem.field() + ": " + problem.message(),
          declaration.locate(problem.field())));
    }
    if (!report.isClean()) {
      return new Result(report, Optional.empty());
    }
    ModelDefinition definition = builder.build();
    TypeElement stub = declaration.element();
    return new Result(report, Optional.of(new ValidModel(declaration, new ModelSpec(stub,
        declaration.qualifiedName(), Names.constantName(stub.getSimpleName().toString()),
        Names.methodName(nameInPackage(stub)), definition, Discovery.normalizeModelId(definition.id()),
        ModelSpec.keysOf(definition)))));
  }

  private String nameInPackage(TypeElement stub) {
    PackageElement pkg = elements.getPackageOf(stub);
    String qualified = stub.getQualifiedName().toString();
    return pkg.isUnnamed() ? qualified : qualified.substring(pkg.getQualifiedName().length() + 1);
  }
}
