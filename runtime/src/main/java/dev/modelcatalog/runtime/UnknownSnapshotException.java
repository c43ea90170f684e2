package dev.modelcatalog.runtime;

import java.util.List;

/**
 * A dated id names a known family, but no snapshot of that date: {@code gpt-4o-2024-11-20} when gpt-4o has
 * snapshots of 2024-05-13 and 2024-08-06. Thrown by {@link ModelRegistry#require}; an
 * {@link UnknownModelException}, so code that handles unknown models handles this too.
 */
public final class UnknownSnapshotException extends UnknownModelException {

  private static final long serialVersionUID = 1L;

  private final transient MissingSnapshot missing;

  public UnknownSnapshotException(MissingSnapshot missing) {
    super(missing.query(), List.of(), "unknown model '" + shown(missing.query()) + "': " + missing.message());
    this.missing = missing;
  }

  /** The family, the date asked for and the dates that exist. */
  public MissingSnapshot missing() {
    return missing;
  }
}
