package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Model} as one dated snapshot of a model family. Each snapshot is a stub of its own, with its own
 * id, prices and limits; the family ties them together. The processor lists the snapshots in the catalog (oldest
 * first) and makes the family id an alias of the snapshot marked {@link #latest()}, so the undated id finds it.
 *
 * <pre>{@code
 * @Model(id = "gpt-4o-2024-08-06", contextWindow = 128_000, maxOutputTokens = 16_384)
 * @Pricing(inputPerMillion = 2.5, outputPerMillion = 10)
 * @Snapshot(family = "gpt-4o", date = "2024-08-06", latest = true)
 * final class Gpt4o20240806 {}
 *
 * @Model(id = "gpt-4o-2024-05-13", contextWindow = 128_000, maxOutputTokens = 4_096)
 * @Pricing(inputPerMillion = 5, outputPerMillion = 15)
 * @Snapshot(family = "gpt-4o", date = "2024-05-13")
 * final class Gpt4o20240513 {}
 * }</pre>
 *
 * <p>The processor reports: two snapshots of a family on one date; a family with no snapshot marked latest, or
 * with more than one; a latest snapshot that is not the newest; a date that is not {@code YYYY-MM-DD}; a family
 * id equal to another model's id or alias, or normalizing like another model's id; a family whose snapshots lie
 * in two {@link Provider} packages.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Snapshot {

  /**
   * The undated id callers use for the family. Required. Same character rules as {@link Model#id()}; no other
   * model may have it as its id or alias, or have an id that normalizes like it; every snapshot of the family is
   * in the same {@link Provider} package. Example {@code "gpt-4o"}.
   */
  String family();

  /**
   * The snapshot's publication date as {@code YYYY-MM-DD}, a real calendar date. Required; unique within the
   * family. Example {@code "2024-08-06"}.
   */
  String date();

  /**
   * Whether this is the snapshot the family id finds. Exactly one snapshot of each family says {@code true}, and
   * it must have the family's newest date. Default {@code false}.
   */
  boolean latest() default false;
}
