package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Keeps generated type names from clashing with types declared in the compilation (by hand, or by another
 * processor). javac's Filer refuses to create a source for such a name; checking first turns that refusal into
 * a message that names the class to rename. A class of that name that exists only as a class file (a previous
 * build's output on the class path) is no clash: the Filer replaces it.
 */
public final class GeneratedNameGuard {

  /** Top-level types of the compilation's sources, by qualified name, that this processor did not generate. */
  private final Set<String> declared = new HashSet<>();
  /** Names this processor has written or is about to write. */
  private final Set<String> claimed = new HashSet<>();

  /** Remembers the round's top-level types; call at the start of every round. */
  public void recordRound(RoundEnvironment round) {
    for (Element element : round.getRootElements()) {
      if (element instanceof TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (!claimed.contains(name)) {
          declared.add(name);
        }
      }
    }
  }

  /**
   * Claims the names for one provider's generated types. A name already declared in the compilation is
   * reported at {@code provider} and not claimed.
   */
  public Report claim(List<String> names, Location provider, String providerId) {
    Report report = new Report();
    for (String name : names) {
      if (declared.contains(name)) {
        report.add(Finding.of(Message.GENERATED_NAME_TAKEN, provider, name, providerId, name));
      } else {
        claimed.add(name);
      }
    }
    return report;
  }

  /**
   * Claims a name the build chose for a generated type (the catalog list); false, and not claimed, when a type of
   * the compilation or another generated type has it.
   */
  public boolean claimChosen(String name) {
    return !declared.contains(name) && claimed.add(name);
  }
}
