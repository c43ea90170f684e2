package dev.modelcatalog.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version the build wrote into {@code version.properties}, for {@code --version}: the project's version, so
 * a snapshot build says so, and it never drifts from the POM. Read only when asked.
 */
final class BuildVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"modelcatalog " + version()};
  }

  static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
