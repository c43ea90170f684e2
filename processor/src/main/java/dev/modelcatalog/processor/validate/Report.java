package dev.modelcatalog.processor.validate;

import dev.modelcatalog.processor.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** What a validator found; {@link #isClean()} when nothing of it is an error. */
public final class Report {

  private final List<Finding> findings = new ArrayList<>();

  void add(Finding finding) {
    findings.add(finding);
  }

  /** The number of findings so far, errors and warnings. */
  int size() {
    return findings.size();
  }

  /** Whether no finding is an error (warnings allowed). */
  public boolean isClean() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /** Prints every finding, in the order found. */
  public void printTo(Diagnostics diagnostics) {
    for (Finding f : findings) {
      diagnostics.print(f.kind(), f.code(), f.text(), f.location().element(), f.location().mirror(),
          f.location().value());
    }
  }
}
