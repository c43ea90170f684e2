package dev.modelcatalog.runtime;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of {@link Capability capabilities} backed by one {@code long}: {@link #has} is a mask test,
 * and the registry's capability indexes compare these bits directly.
 */
public final class Capabilities extends AbstractSet<Capability> {

  private static final long ALL_BITS = (1L << Capability.COUNT) - 1;
  /** Shared instances for the sets that occur most (every preset and the empty set). */
  private static final java.util.concurrent.ConcurrentHashMap<Long, Capabilities> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The empty set. */
  public static final Capabilities NONE = new Capabilities(0L);

  private final long bits;

  private Capabilities(long bits) {
    this.bits = bits;
  }

  /**
   * The set with these bits (bit {@code i} is the capability with ordinal {@code i}). Equal sets share one
   * instance, so a catalog of thousands of models holds only a few dozen of these.
   *
   * @throws IllegalArgumentException if a bit names no capability
   */
  public static Capabilities ofBits(long bits) {
    if ((bits & ~ALL_BITS) != 0) {
      throw new IllegalArgumentException("capabilities: bits 0x" + Long.toHexString(bits & ~ALL_BITS)
          + " name no capability");
    }
    if (bits == 0) {
      return NONE;
    }
    Capabilities cached = CACHE.get(bits);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() > 4096) {
      return new Capabilities(bits); // an odd set built at run time: not worth keeping
    }
    // putIfAbsent rather than computeIfAbsent(bits, Capabilities::new): generated catalogs call this while a
    // registry starts, and a method reference there would bootstrap LambdaMetafactory.
    Capabilities fresh = new Capabilities(bits);
    Capabilities raced = CACHE.putIfAbsent(bits, fresh);
    return raced != null ? raced : fresh;
  }

  /** The set of these capabilities. */
  public static Capabilities of(Capability... capabilities) {
    return of("capabilities", capabilities);
  }

  /** {@link #of(Capability...)} for a method's argument, which a null array or element names. */
  static Capabilities of(String argument, Capability... capabilities) {
    return ofBits(bits(argument, Arrays.asList(Objects.requireNonNull(capabilities, argument))));
  }

  /**
   * The bits of these capabilities; a null collection or element is a {@link NullPointerException} naming the
   * argument or the element ({@code required[1]}).
   */
  static long bits(String argument, Iterable<Capability> capabilities) {
    Objects.requireNonNull(capabilities, argument);
    long bits = 0;
    int i = 0;
    for (Capability capability : capabilities) {
      if (capability == null) {
        throw Failures.nullElement(argument, i);
      }
      bits |= capability.bit();
      i++;
    }
    return bits;
  }

  /** The set of these capabilities. */
  public static Capabilities copyOf(Collection<Capability> capabilities) {
    if (capabilities instanceof Capabilities) {
      return (Capabilities) capabilities;
    }
    long bits = 0;
    for (Capability capability : capabilities) {
      bits |= capability.bit();
    }
    return ofBits(bits);
  }

  /** The bits of this set; bit {@code i} is the capability with ordinal {@code i}. */
  public long bits() {
    return bits;
  }

  /** Whether the set holds the capability. */
  public boolean has(Capability capability) {
    return (bits & capability.bit()) != 0;
  }

  /** Whether the set holds every capability of {@code other}. */
  public boolean hasAll(Capabilities other) {
    return (bits & other.bits) == other.bits;
  }

  /** Whether the set holds any capability of {@code other}. */
  public boolean hasAny(Capabilities other) {
    return (bits & other.bits) != 0;
  }

  /** This set with the capability added. */
  public Capabilities with(Capability capability) {
    return ofBits(bits | capability.bit());
  }

  /** This set with the capability removed. */
  public Capabilities without(Capability capability) {
    return ofBits(bits & ~capability.bit());
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Capability && has((Capability) o);
  }

  @Override
  public int size() {
    return Long.bitCount(bits);
  }

  @Override
  public Iterator<Capability> iterator() {
    return new Iterator<>() {
      private long remaining = bits;

      @Override
      public boolean hasNext() {
        return remaining != 0;
      }

      @Override
      public Capability next() {
        if (remaining == 0) {
          throw new NoSuchElementException();
        }
        int ordinal = Long.numberOfTrailingZeros(remaining);
        remaining &= remaining - 1;
        return Capability.ofOrdinal(ordinal);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof Capabilities) {
      return ((Capabilities) o).bits == bits;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
