package dev.modelcatalog.runtime;

/**
 * The auto-created models' store key ({@link Resolver#autoCreateKey}) of each spelling asked for recently. A server
 * that auto-creates unknown models is asked for the same ones on every request, and building a key builds a new
 * normalized string; a remembered one is a hash probe. A key depends on its spelling alone, so no write to the
 * registry can make a remembered one wrong. At most {@link #CAPACITY} spellings no longer than an id may be are
 * kept ({@link BoundedMemo}).
 */
final class AutoCreateKeys {

  /** The most spellings kept. */
  static final int CAPACITY = 4096;

  private final BoundedMemo<String, String> bySpelling = new BoundedMemo<>(CAPACITY);

  /** The store key of {@code id}, remembered for the next call. */
  String of(String id) {
    String key = bySpelling.get(id);
    if (key == null) {
      key = Resolver.autoCreateKey(id);
      if (id.length() <= ModelRules.MAX_ID_LENGTH) {
        bySpelling.put(id, key);
      }
    }
    return key;
  }

  /** The number of spellings kept. */
  int size() {
    return bySpelling.size();
  }
}
