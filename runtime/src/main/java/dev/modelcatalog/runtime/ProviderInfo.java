package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.AuthType;
import java.util.Objects;

/**
 * What the registry knows about a provider, from its {@code @Provider} declaration.
 *
 * @param id the provider's id, e.g. {@code openai}
 * @param name display name
 * @param docsUrl where the provider documents its API; empty when not stated
 * @param authType how clients authenticate against the provider's own API
 */
public record ProviderInfo(String id, String name, String docsUrl, AuthType authType) {

  public ProviderInfo {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isEmpty() ? id : name;
    docsUrl = docsUrl == null ? "" : docsUrl;
    authType = authType == null ? AuthType.API_KEY : authType;
  }

  /** A provider known only by its id: named after it, API-key authentication, no docs. */
  public static ProviderInfo of(String id) {
    return new ProviderInfo(id, id, "", AuthType.API_KEY);
  }
}
