package dev.modelcatalog.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The checkout's pages a reader follows: the README and everything under {@code docs/}. */
public final class Pages {

  /** The checkout's root: Maven runs a module's tests in the module's directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Pages() {}

  /** Every page, README first, then {@code docs/} by name. */
  public static List<Path> all() {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException("listing the pages under " + ROOT, e);
    }
    return pages;
  }

  /** The page a reader names so: {@code docs/examples.md}. */
  public static Path named(String name) {
    return ROOT.resolve(name);
  }

  /** The page as a reader names it: {@code README.md}, {@code docs/registry.md}. */
  public static String name(Path page) {
    return ROOT.relativize(page).toString().replace(page.getFileSystem().getSeparator(), "/");
  }
}
