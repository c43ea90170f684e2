package dev.modelcatalog.examples.cli;

/** The exit statuses scripts can rely on. */
final class ExitCodes {

  /** Everything asked for was found. */
  static final int FOUND = 0;
  /** The command line was wrong, or an input file was invalid. */
  static final int USAGE = 1;
  /** Something asked for does not exist (or nothing matched). */
  static final int NOT_FOUND = 2;

  private ExitCodes() {}
}
