package dev.modelcatalog.processor.importer;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Java names derived from ids, in one place. Ids are never changed to fit Java; names are derived from them.
 *
 * <ul>
 *   <li>Class name of a stub: the id's last path segment split on characters other than ASCII letters and
 *       digits, each part with its first letter upper-cased, joined; where a part ending in a digit meets one
 *       starting with a digit, an {@code _} keeps them apart ({@code gpt-4.1} → {@code Gpt4_1}, while
 *       {@code gpt-41} → {@code Gpt41}). A name starting with a digit gets the prefix {@code Model}.</li>
 *   <li>Package segment of a provider: the id in lower case, each run of characters other than letters and
 *       digits replaced by {@code _}; a leading digit or a Java keyword gets the prefix {@code p}
 *       ({@code cloudflare-workers-ai} → {@code cloudflare_workers_ai}).</li>
 * </ul>
 */
final class JavaNames {

  private JavaNames() {}

  /** The stub class name for a model id. */
  static String className(String id) {
    String segment = id.substring(id.lastIndexOf('/') + 1);
    StringBuilder name = new StringBuilder();
    for (String part : segment.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (name.length() > 0 && Character.isDigit(name.charAt(name.length() - 1))
          && Character.isDigit(part.charAt(0))) {
        name.append('_');
      }
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "Model");
    }
    return name.toString();
  }

  /** The package segment for a provider id. */
  static String packageSegment(String providerId) {
    String segment = providerId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    segment = segment.replaceAll("^_+|_+$", "");
    if (segment.isEmpty() || !Character.isLetter(segment.charAt(0)) || SourceVersion.isKeyword(segment)) {
      segment = "p" + segment;
    }
    return segment;
  }

  /** Whether the text is already a Java identifier (then no class-name derivation is reported). */
  static boolean isJavaName(String text) {
    return SourceVersion.isIdentifier(text) && !SourceVersion.isKeyword(text);
  }
}
