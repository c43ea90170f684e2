package dev.modelcatalog.runtime;

/**
 * The two fields a repeated exact hit reads ({@link ModelRegistry#find}), with padding on both sides, so that no
 * write shares their cache lines. {@link ModelRegistry} extends {@link After}; its own fields follow the padding.
 * Before, its overlay sat four bytes from the exact entries, and every write, which publishes a new overlay, took
 * that line from every thread reading hits: beside a writer publishing as fast as it could, exact hits on another
 * core read about 1.25x as slow as alone, and as fast as alone since (docs/benchmarks.md).
 *
 * <p>HotSpot lays a superclass's fields out before its subclass's, and within a class the wider primitives first,
 * fields of one width in the order declared, references last. So {@link ExactHitFields} declares its padding bytes,
 * then the partition bits as a byte (after the padding, not beside the header), then the reference; {@link After}
 * pads behind them. The padding is bytes, because the JVM fills gaps in a superclass's layout with a subclass's
 * small fields. 120 bytes on each side cover two 64-byte lines, which x86 processors fetch in pairs. Caffeine and
 * JCTools pad the same way. Two classes, not three: each is a few tenths of a millisecond for a starting server.
 * {@code RegistryPaddingTest} checks the layout on the JVM that runs it.
 */
final class RegistryPadding {

  private RegistryPadding() {}

  /** What {@code find} reads on a repeated exact hit, behind padding that keeps the header off their lines. */
  @SuppressWarnings("unused")
  abstract static class ExactHitFields {
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014;
    byte p015, p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029;
    byte p030, p031, p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044;
    byte p045, p046, p047, p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059;
    byte p060, p061, p062, p063, p064, p065, p066, p067, p068, p069, p070, p071, p072, p073, p074;
    byte p075, p076, p077, p078, p079, p080, p081, p082, p083, p084, p085, p086, p087, p088, p089;
    byte p090, p091, p092, p093, p094, p095, p096, p097, p098, p099, p100, p101, p102, p103, p104;
    byte p105, p106, p107, p108, p109, p110, p111, p112, p113, p114, p115, p116, p117, p118, p119;
    /**
     * log2 of the number of key partitions of the compiled catalogs (at most 16): a byte, declared after the
     * padding bytes, so that it is laid out after them.
     */
    final byte partitionBits;
    /**
     * The compiled exact entries by partition ({@link CompiledIndex#attachedHit}), or none while a compiled model
     * is hidden; {@code ModelRegistry.publish} keeps it in step with the overlay.
     */
    volatile Object[][] exactEntries;

    ExactHitFields(int partitionBits, Object[][] exactEntries) {
      this.partitionBits = (byte) partitionBits;
      this.exactEntries = exactEntries;
    }
  }

  /** Keeps the registry's own fields, the overlay among them, off the hot fields' lines. */
  @SuppressWarnings("unused")
  abstract static class After extends ExactHitFields {
    byte q000, q001, q002, q003, q004, q005, q006, q007, q008, q009, q010, q011, q012, q013, q014;
    byte q015, q016, q017, q018, q019, q020, q021, q022, q023, q024, q025, q026, q027, q028, q029;
    byte q030, q031, q032, q033, q034, q035, q036, q037, q038, q039, q040, q041, q042, q043, q044;
    byte q045, q046, q047, q048, q049, q050, q051, q052, q053, q054, q055, q056, q057, q058, q059;
    byte q060, q061, q062, q063, q064, q065, q066, q067, q068, q069, q070, q071, q072, q073, q074;
    byte q075, q076, q077, q078, q079, q080, q081, q082, q083, q084, q085, q086, q087, q088, q089;
    byte q090, q091, q092, q093, q094, q095, q096, q097, q098, q099, q100, q101, q102, q103, q104;
    byte q105, q106, q107, q108, q109, q110, q111, q112, q113, q114, q115, q116, q117, q118, q119;

    After(int partitionBits, Object[][] exactEntries) {
      super(partitionBits, exactEntries);
    }
  }
}
