package dev.modelcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which models to list: every condition given must hold. Build one with {@link #builder()}; {@link #ALL}
 * matches every model. Capability and owner conditions are answered from the registry's precomputed bit sets.
 *
 * <pre>{@code
 * ModelQuery query = ModelQuery.builder()
 *     .require(Capability.REASONING, Capability.TOOL_CALLING)
 *     .exclude(Capability.VISION)
 *     .ownedBy("openai")
 *     .build();
 * }</pre>
 */
public final class ModelQuery {

  /** Matches every model. */
  public static final ModelQuery ALL = builder().build();

  private final Capabilities required;
  private final Capabilities excluded;
  private final String ownedBy;
  private final List<String> tags;

  private ModelQuery(Builder b) {
    this.required = Capabilities.ofBits(b.required);
    this.excluded = Capabilities.ofBits(b.excluded);
    this.ownedBy = b.ownedBy;
    this.tags = List.copyOf(b.tags);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Capabilities every listed model has. */
  public Capabilities required() {
    return required;
  }

  /** Capabilities no listed model has. */
  public Capabilities excluded() {
    return excluded;
  }

  /** The owner every listed model has, or null for any. */
  public String ownedBy() {
    return ownedBy;
  }

  /** Tags every listed model carries. */
  public List<String> tags() {
    return tags;
  }

  /** Whether the model meets every condition. */
  public boolean matches(ModelDefinition model) {
    long bits = model.capabilities().bits();
    return (bits & required.bits()) == required.bits()
        && (bits & excluded.bits()) == 0
        && (ownedBy == null || ownedBy.equals(model.ownedBy()))
        && model.tags().containsAll(tags);
  }

  @Override
  public String toString() {
    return "ModelQuery[required=" + required + ", excluded=" + excluded + ", ownedBy=" + ownedBy + ", tags=" + tags
        + "]";
  }

  /** Collects conditions; each call adds to what was given before. */
  public static final class Builder {
    private long required;
    private long excluded;
    private String ownedBy;
    private final List<String> tags = new ArrayList<>();

    private Builder() {}

    /** Listed models have every one of these capabilities. */
    public Builder require(Capability... capabilities) {
      for (Capability capability : capabilities) {
        required |= capability.bit();
      }
      return this;
    }

    /** Listed models have none of these capabilities. */
    public Builder exclude(Capability... capabilities) {
      for (Capability capability : capabilities) {
        excluded |= capability.bit();
      }
      return this;
    }

    /** Listed models are owned by this organisation ({@code owned_by}). */
    public Builder ownedBy(String owner) {
      this.ownedBy = Objects.requireNonNull(owner, "ownedBy");
      return this;
    }

    /** Listed models carry every one of these tags. */
    public Builder tags(String... tags) {
      this.tags.addAll(Arrays.asList(tags));
      return this;
    }

    public ModelQuery build() {
      return new ModelQuery(this);
    }
  }
}
