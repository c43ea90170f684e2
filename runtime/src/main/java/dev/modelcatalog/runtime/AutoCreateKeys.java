package dev.modelcatalog.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The auto-created models' store key ({@link Resolver#autoCreateKey}) of each spelling asked for recently. A server
 * that auto-creates unknown models is asked for the same ones on every request, and building a key builds a new
 * normalized string; a remembered one is a hash probe. A key depends on its spelling alone, so no write to the
 * registry can make a remembered one wrong. At most {@link #CAPACITY} spellings no longer than an id may be are
 * kept, and a full memo starts over, so a client sending ever new spellings cannot grow it.
 */
final class AutoCreateKeys {

  /** The most spellings kept. */
  static final int CAPACITY = 4096;

  private final ConcurrentHashMap<String, String> bySpelling = new ConcurrentHashMap<>();

  /** The store key of {@code id}, remembered for the next call. */
  String of(String id) {
    String key = bySpelling.get(id);
    if (key != null) {
      return key;
    }
    key = Resolver.autoCreateKey(id);
    if (id.length() <= ModelRules.MAX_ID_LENGTH) {
      if (bySpelling.size() >= CAPACITY) {
        bySpelling.clear();
      }
      bySpelling.put(id, key);
    }
    return key;
  }

  /** The number of spellings kept. */
  int size() {
    return bySpelling.size();
  }
}
