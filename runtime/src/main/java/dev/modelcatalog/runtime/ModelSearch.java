package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Multi-word search over models: every word must hit the id, name, description, a tag or a capability name
 * ({@code "llama reasoning"}, {@code "mixtral moe"}). Hits weigh by where they land: a whole word of the id
 * most, then a capability or tag, then the name, then the description.
 *
 * <p>The searchable text of every model is prepared once per registry state (lower-cased, the id normalized and
 * split into words, all of it joined into one string a word must occur in), so a search is one pass of
 * {@code String.contains} calls with no per-model normalization, and only the best {@code limit} hits are kept.
 * The joined string is the only copy of the text: the id, name and description are sections of it, and the id's
 * words are shared across models, which keeps the prepared text of 10,000 models near half the size of the
 * definitions themselves.
 */
final class ModelSearch {

  /**
   * A model's searchable text, prepared once: {@code everything} is the normalized id, the name, the description
   * and the tags, lower-cased, one per line; {@code idEnd}, {@code nameEnd} and {@code descriptionEnd} end the first
   * three sections (each next one starts one character later).
   */
  private record Entry(ModelDefinition model, Set<String> idWords, List<String> tags, long capabilities,
      String everything, int idEnd, int nameEnd, int descriptionEnd) {

    static Entry of(ModelDefinition model, UnaryOperator<String> pool) {
      String normalizedId = Discovery.normalizeModelId(model.id());
      String name = model.name().toLowerCase(Locale.ROOT);
      String description = model.description().orElse("").toLowerCase(Locale.ROOT);
      List<String> tags = model.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
      // Everything a word can hit as a substring; capability names are checked apart, by bit mask.
      String everything = normalizedId + '\n' + name + '\n' + description + '\n' + String.join("\n", tags);
      Set<String> idWords = new HashSet<>();
      for (String word : normalizedId.split("-")) {
        idWords.add(pool.apply(word));
      }
      int idEnd = normalizedId.length();
      int nameEnd = idEnd + 1 + name.length();
      return new Entry(model, Set.copyOf(idWords), tags, model.capabilities().bits(), everything, idEnd, nameEnd,
          nameEnd + 1 + description.length());
    }

    /** Whether {@code word} occurs within {@code everything} between {@code from} and {@code to}. */
    boolean contains(String word, int from, int to) {
      // The first occurrence from the section's start: if it runs past the section's end, no later one fits.
      int at = everything.indexOf(word, from);
      return at >= 0 && at + word.length() <= to;
    }
  }

  private record Scored(ModelDefinition model, double score) {}

  /** Best first: higher score, then smaller id. */
  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.model().id());

  private static final ModelSearch EMPTY = new ModelSearch(new Entry[0]);

  private final Entry[] entries;

  private ModelSearch(Entry[] entries) {
    this.entries = entries;
  }

  /** The prepared text of these models. */
  static ModelSearch over(List<ModelDefinition> models) {
    if (models.isEmpty()) {
      return EMPTY;
    }
    Entry[] entries = new Entry[models.size()];
    // The words of ids repeat across models (llama, instruct, 8b): each is held once.
    Map<String, String> words = new HashMap<>();
    UnaryOperator<String> pool = word -> words.computeIfAbsent(word, same -> same);
    for (int i = 0; i < entries.length; i++) {
      entries[i] = Entry.of(models.get(i), pool);
    }
    return new ModelSearch(entries);
  }

  /** The best {@code limit} models for the query, by score, then id. A blank query finds nothing. */
  List<ModelDefinition> search(String query, int limit) {
    checkLimit(limit);
    if (query == null || query.isBlank() || limit == 0) {
      return List.of();
    }
    String[] words = query.trim().toLowerCase(Locale.ROOT).split("[\\s,]+");
    long[] capabilityMasks = new long[words.length];
    String[] idForms = new String[words.length];
    for (int w = 0; w < words.length; w++) {
      capabilityMasks[w] = capabilityMask(words[w]);
      // Null where the normalized form is the word itself (llama, 8b) or nothing: no second probe per model then.
      String idForm = Discovery.normalizeModelId(words[w]);
      idForms[w] = idForm.isEmpty() || idForm.equals(words[w]) ? null : idForm;
    }
    // The worst of the best `limit` hits sits on top, so a better hit replaces it.
    PriorityQueue<Scored> best = new PriorityQueue<>(Math.min(limit, 64) + 1, BEST_FIRST.reversed());
    for (Entry entry : entries) {
      double score = score(entry, words, idForms, capabilityMasks);
      if (score > 0) {
        best.add(new Scored(entry.model(), score));
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    List<Scored> hits = new ArrayList<>(best);
    hits.sort(BEST_FIRST);
    List<ModelDefinition> out = new ArrayList<>(hits.size());
    for (Scored hit : hits) {
      out.add(hit.model());
    }
    return List.copyOf(out);
  }

  /** @throws IllegalArgumentException when the limit is negative */
  static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: is " + limit + "; expected 0 or more");
    }
  }

  /**
   * The sum of the words' scores, or 0 when some word hits nothing. A word also hits the id in its normalized form
   * ({@code idForms}, null where it is the word itself): the id section holds the normalized id, so
   * {@code Llama-3.1-8B} is found there as {@code llama-3-1-8b}, as a user copies it from an id.
   */
  private static double score(Entry entry, String[] words, String[] idForms, long[] capabilityMasks) {
    double total = 0;
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String idForm = idForms[w];
      boolean capability = (entry.capabilities() & capabilityMasks[w]) != 0;
      boolean idFormHit = idForm != null && entry.contains(idForm, 0, entry.idEnd());
      if (!capability && !idFormHit && !entry.everything().contains(word)) {
        return 0;
      }
      double best = capability ? 2 : 0;
      if (entry.idWords().contains(word) || idForm != null && entry.idWords().contains(idForm)) {
        best = 3;
      } else if (idFormHit || entry.contains(word, 0, entry.idEnd())) {
        best = Math.max(best, 2);
      }
      for (String tag : entry.tags()) {
        best = Math.max(best, tag.equals(word) ? 2 : tag.contains(word) ? 1 : 0);
      }
      if (best < 1 && entry.contains(word, entry.idEnd() + 1, entry.nameEnd())) {
        best = 1;
      }
      if (best < 0.5 && entry.contains(word, entry.nameEnd() + 1, entry.descriptionEnd())) {
        best = 0.5;
      }
      if (best == 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  /**
   * The capabilities a word names ({@code moe}, {@code embedding}, {@code tool_calling}): those whose attribute
   * name equals or starts with the word, separators removed; none for words under three letters.
   */
  private static long capabilityMask(String word) {
    String key = word.replace("_", "").replace("-", "");
    if (key.length() < 3) {
      return 0;
    }
    long mask = 0;
    for (Capability capability : Capability.values()) {
      if (capability.attribute().toLowerCase(Locale.ROOT).startsWith(key)) {
        mask |= capability.bit();
      }
    }
    return mask;
  }
}
