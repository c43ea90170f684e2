package dev.modelcatalog.benchmarks.startup;

/** Does nothing: the time it takes is the JVM's own start-up and shut-down, the floor of every other figure. */
public final class EmptyMain {

  private EmptyMain() {}

  public static void main(String[] args) {
    // Intentionally empty.
  }
}
