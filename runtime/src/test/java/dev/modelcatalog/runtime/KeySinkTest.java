package dev.modelcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated catalogs feed keys through the sink's method for each kind; a sink written as a lambda over
 * {@code key(kind, key, index)} receives them all, each with its kind, in the order fed.
 */
class KeySinkTest {

  @Test
  void kindMethods_handTheKeyToKey_withItsKind() {
    List<String> received = new ArrayList<>();
    ModelCatalog.KeySink sink = (kind, key, index) -> received.add(kind + " " + key + " " + index);

    sink.id("acme/Rocket-2", 0);
    sink.alias("rocket", 0);
    sink.normalized("rocket-2", 1);
    sink.compact("acme/Rocket-2", 2);

    assertEquals(List.of("ID acme/Rocket-2 0", "ALIAS rocket 0", "NORMALIZED rocket-2 1", "COMPACT acme/Rocket-2 2"),
        received);
  }
}
