package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;

/**
 * The fields a repeated exact hit reads share no cache line with any other field of the registry, as laid out by the
 * JVM running the test: a write (a new overlay, a memo dropped) must not take the line from readers on other cores.
 */
class RegistryPaddingTest {
  private static final long CACHE_LINE = 64;

  @Test
  void exactHitFields_areACacheLineFromTheHeaderAndEveryOtherField() {
    ClassLayout layout = ClassLayout.parseClass(ModelRegistry.class);
    List<FieldLayout> hot = layout.fields().stream()
        .filter(f -> f.name().equals("partitionBits") || f.name().equals("exactEntries"))
        .collect(Collectors.toList());
    assertEquals(2, hot.size(), "the fields find reads on an exact hit");
    long hotStart = hot.stream().mapToLong(FieldLayout::offset).min().orElseThrow();
    long hotEnd = hot.stream().mapToLong(f -> f.offset() + f.size()).max().orElseThrow();

    // The header's mark word is written when the registry is hashed or locked.
    assertTrue(hotStart - layout.headerSize() >= CACHE_LINE,
        "the header ends " + (hotStart - layout.headerSize()) + " bytes before the hot fields");
    List<FieldLayout> others = layout.fields().stream()
        .filter(f -> !hot.contains(f) && !f.name().matches("[pq]\\d{3}")) // the padding bytes
        .collect(Collectors.toList());
    assertTrue(others.stream().anyMatch(f -> f.name().equals("overlay")), "the overlay is among the others");
    assertEquals(layout.fields().size() - 240 - 2, others.size(), "every field but the padding and the hot ones");
    for (FieldLayout f : others) {
      long gap = f.offset() >= hotEnd ? f.offset() - hotEnd : hotStart - (f.offset() + f.size());
      assertTrue(gap >= CACHE_LINE, f.name() + " is " + gap + " bytes from the hot fields");
    }
  }
}
