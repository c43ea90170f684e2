package dev.modelcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The AWS SDK behind the S3 store logs through SLF4J. Without a binding on the tool's class path SLF4J falls back to
 * discarding everything and prints three lines of warnings at the first log call, at every replica's start.
 */
class LoggingBindingTest {

  @Test
  void slf4j_isBoundToJavaUtilLogging() {
    assertEquals("org.slf4j.impl.JDK14LoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
  }
}
