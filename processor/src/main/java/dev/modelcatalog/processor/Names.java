package dev.modelcatalog.processor;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every name the processor derives, in one place, so writers never build names from strings.
 *
 * <ul>
 *   <li>Catalog class: the provider id split on characters other than letters and digits, each part capitalized,
 *       plus {@code Catalog}: {@code meta} → {@code MetaCatalog}, {@code deep-seek} → {@code DeepSeekCatalog},
 *       {@code deepseek} → {@code DeepseekCatalog}. One special case: a part ending in {@code ai} after at least
 *       four other characters writes that {@code ai} as a word of its own, so {@code openai} →
 *       {@code OpenAiCatalog} and {@code mistralai} → {@code MistralAiCatalog} (but {@code xai} →
 *       {@code XaiCatalog}). An id starting with a digit gets the prefix {@code Provider}.</li>
 *   <li>Shards: {@code <Catalog>Shard<n>} (definitions), models {@code n * 64} to {@code n * 64 + 63};
 *       {@code <Catalog>Routes<n>} (routes) for shards where a model has a route. Beside them
 *       {@code <Catalog>Rows} (ids, owners, capability bits) and {@code <Catalog>Keys<n>} (the lookup keys of
 *       hash bucket {@code n}).</li>
 *   <li>Id constants: the stub's simple name in upper snake case, words split before an upper-case letter that
 *       follows a lower-case letter or digit, and between a letter and a digit: {@code Gpt4o} →
 *       {@code GPT_4O}, {@code GptOss120b} → {@code GPT_OSS_120B}.</li>
 *   <li>Definition methods: the stub's name relative to its package, first letter lower case, dots removed:
 *       {@code Gpt4o} → {@code gpt4o()}, {@code Family.Large} → {@code familyLarge()}; a keyword or restricted
 *       identifier gets a trailing {@code _}: {@code Int} → {@code int_()}, {@code Yield} → {@code yield_()}.</li>
 *   <li>Class-path index: a class in {@value #INDEX_PACKAGE} named after the catalog's qualified name with
 *       {@code _} doubled and {@code .} replaced by {@code _}.</li>
 * </ul>
 */
public final class Names {

  private Names() {}

  /**
   * Models per shard, a power of two so {@code index >>> SHARD_BITS} picks the shard. A shard builds each
   * definition on its first use, but the JVM loads and verifies the whole class for the first one, so shards are
   * kept small.
   */
  public static final int SHARD_SIZE = 64;
  /** {@code log2(SHARD_SIZE)}. */
  public static final int SHARD_BITS = 6;

  /** The package of the class-path index classes, one per generated catalog. */
  public static final String INDEX_PACKAGE = "dev.modelcatalog.index";
  /** The constant of an index class that holds its catalog's qualified name. */
  public static final String INDEX_CONSTANT = "CATALOG";
  /** The service file that {@code ServiceLoader} reads. */
  public static final String SERVICES_FILE = "META-INF/services/dev.modelcatalog.runtime.ModelCatalog";
  /** The name of the processor, as written in {@code @Generated}. */
  public static final String PROCESSOR = "dev.modelcatalog.processor.CatalogProcessor";

  /** The simple name of a provider's catalog class. */
  public static String catalogSimpleName(String providerId) {
    StringBuilder name = new StringBuilder();
    for (String part : providerId.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.length() > 5 && lower.endsWith("ai")) {
        name.append(capitalize(lower.substring(0, lower.length() - 2))).append("Ai");
      } else {
        name.append(capitalize(lower));
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Provider");
    }
    return name.append("Catalog").toString();
  }

  /** The simple name of the class holding the definitions of shard {@code shard}. */
  public static String shardSimpleName(String catalogSimpleName, int shard) {
    return catalogSimpleName + "Shard" + shard;
  }

  /** The simple name of the class feeding the lookup keys of hash bucket {@code n}. */
  public static String keysSimpleName(String catalogSimpleName, int n) {
    return catalogSimpleName + "Keys" + n;
  }

  /** The simple name of the class holding the ids, owners and capability bits of every model. */
  public static String rowsSimpleName(String catalogSimpleName) {
    return catalogSimpleName + "Rows";
  }

  /** The simple name of the class holding the routes of shard {@code shard}'s models. */
  public static String routesSimpleName(String catalogSimpleName, int shard) {
    return catalogSimpleName + "Routes" + shard;
  }

  /** The number of shards for this many models. */
  public static int shardCount(int models) {
    return (models + SHARD_SIZE - 1) >>> SHARD_BITS;
  }

  /** The id constant of a stub: {@code GptOss120b} → {@code GPT_OSS_120B}. */
  public static String constantName(String stubSimpleName) {
    StringBuilder out = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < stubSimpleName.length(); i++) {
      char c = stubSimpleName.charAt(i);
      char next = i + 1 < stubSimpleName.length() ? stubSimpleName.charAt(i + 1) : 0;
      boolean boundary = Character.isUpperCase(c)
          && (Character.isLowerCase(previous) || Character.isDigit(previous)
              || (Character.isUpperCase(previous) && Character.isLowerCase(next)))
          || Character.isDigit(c) && Character.isLetter(previous);
      if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
      previous = c;
    }
    return out.toString();
  }

  /**
   * Restricted identifiers and contextual keywords, which {@link SourceVersion#isKeyword} does not list: an
   * unqualified call {@code yield()} is an error since Java 14 (JLS 15.12). {@code var}, {@code record},
   * {@code sealed} and {@code permits} still work as method names, but get the {@code _} too, so the generated
   * code does not rest on where Java allows them; {@code _}, a keyword since Java 9, is listed for clarity.
   */
  private static final Set<String> RESTRICTED_IDENTIFIERS = Set.of("_", "permits", "record", "sealed", "var", "yield");

  /** The name of the method building a stub's definition. */
  public static String methodName(String stubNameInPackage) {
    String joined = stubNameInPackage.replace(".", "");
    String name = Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
    return SourceVersion.isKeyword(name) || RESTRICTED_IDENTIFIERS.contains(name) ? name + "_" : name;
  }

  /**
   * The resource listing a catalog's lookup keys, beside the index classes: javac reads a jar's resources only in
   * directories named like packages, so one under {@code META-INF/} could not be read from a catalog's jar.
   */
  public static String idsResource(String catalogQualifiedName) {
    return INDEX_PACKAGE.replace('.', '/') + "/" + catalogQualifiedName + ".ids";
  }

  /** The simple name of the class-path index class of a catalog. */
  public static String indexSimpleName(String catalogQualifiedName) {
    return catalogQualifiedName.replace("_", "__").replace('.', '_');
  }

  private static String capitalize(String part) {
    return Character.toUpperCase(part.charAt(0)) + part.substring(1);
  }
}
