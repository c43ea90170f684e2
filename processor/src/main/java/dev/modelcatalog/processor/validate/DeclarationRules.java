package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.ModelDeclaration;

/**
 * Rules on one stub that only the annotations can break, because they concern what the author wrote rather than
 * the resulting values (the runtime's {@code ModelRules} sees only the values). One rule per method.
 */
final class DeclarationRules {

  private DeclarationRules() {}

  static void check(ModelDeclaration declaration, Report report) {
    moeFlagAgreesWithConfig(declaration, report);
  }

  /**
   * {@code @MoE} sets the moe capability, so a written {@code moe = false} would be silently overridden; the
   * chosen rule: the flag and the configuration agree, and {@code @MoE} is the one place to declare MoE (the
   * reverse, {@code moe = true} without {@code @MoE}, is the runtime's {@code moe-capability-without-config}).
   */
  private static void moeFlagAgreesWithConfig(ModelDeclaration declaration, Report report) {
    if (declaration.moe().isEmpty() || declaration.capabilities().isEmpty()) {
      return;
    }
    AnnotationDeclaration capabilities = declaration.capabilities().get();
    if (capabilities.isWritten("moe") && !capabilities.bool("moe")) {
      report.add(Finding.of(Message.MOE_FLAG_CONTRADICTS_CONFIG, capabilities.locate("moe"),
          declaration.element().getSimpleName()));
    }
  }
}
