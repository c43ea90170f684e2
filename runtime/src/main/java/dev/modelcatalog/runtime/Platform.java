package dev.modelcatalog.runtime;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import java.util.List;
import java.util.Objects;

/**
 * A way of reaching models: a provider's own API ({@link #DIRECT}), a router, a cloud, or a local server. Routes
 * name platforms by {@link #id()}.
 *
 * @param id lower-case id named by routes, e.g. {@code openrouter}
 * @param name display name
 * @param baseUrl the API's base URL; empty when it depends on the provider, region or deployment
 * @param docsUrl where the platform documents its API; empty when unknown
 * @param authType how clients authenticate
 * @param status whether the platform takes traffic; routes through a platform that is not
 *     {@link RouteStatus#ACTIVE} or {@link RouteStatus#BETA} are unusable
 */
public record Platform(String id, String name, String baseUrl, String docsUrl, AuthType authType,
    RouteStatus status) {

  public Platform {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isEmpty() ? id : name;
    baseUrl = baseUrl == null ? "" : baseUrl;
    docsUrl = docsUrl == null ? "" : docsUrl;
    authType = authType == null ? AuthType.API_KEY : authType;
    status = status == null ? RouteStatus.ACTIVE : status;
  }

  /** The provider's own API; its base URL is the provider's. */
  public static final Platform DIRECT = new Platform("direct", "Direct (provider API)", "", "", AuthType.API_KEY,
      RouteStatus.ACTIVE);
  public static final Platform OPENROUTER = new Platform("openrouter", "OpenRouter", "https://openrouter.ai/api/v1",
      "https://openrouter.ai/docs", AuthType.API_KEY, RouteStatus.ACTIVE);
  /** Azure OpenAI; the base URL is per resource ({@code https://<resource>.openai.azure.com}). */
  public static final Platform AZURE = new Platform("azure", "Azure OpenAI", "",
      "https://learn.microsoft.com/azure/ai-services/openai/", AuthType.API_KEY, RouteStatus.ACTIVE);
  /** Amazon Bedrock; the base URL is per region ({@code https://bedrock-runtime.<region>.amazonaws.com}). */
  public static final Platform BEDROCK = new Platform("bedrock", "Amazon Bedrock", "",
      "https://docs.aws.amazon.com/bedrock/", AuthType.AWS_SIGV4, RouteStatus.ACTIVE);
  /** Google Vertex AI; the base URL is per project and region. */
  public static final Platform VERTEX = new Platform("vertex", "Google Vertex AI", "",
      "https://cloud.google.com/vertex-ai/docs", AuthType.OAUTH, RouteStatus.ACTIVE);
  public static final Platform NVIDIA_NIM = new Platform("nvidia-nim", "NVIDIA NIM",
      "https://integrate.api.nvidia.com/v1", "https://docs.api.nvidia.com/", AuthType.API_KEY, RouteStatus.ACTIVE);
  public static final Platform TOGETHER = new Platform("together", "Together AI", "https://api.together.xyz/v1",
      "https://docs.together.ai/", AuthType.API_KEY, RouteStatus.ACTIVE);
  public static final Platform GROQ = new Platform("groq", "Groq", "https://api.groq.com/openai/v1",
      "https://console.groq.com/docs", AuthType.API_KEY, RouteStatus.ACTIVE);
  /** A server on the local machine; no authentication. */
  public static final Platform LOCAL = new Platform("local", "Local server", "http://localhost:8000/v1", "",
      AuthType.NONE, RouteStatus.ACTIVE);

  /** The built-in platforms, in id order. */
  public static List<Platform> builtIn() {
    return BUILT_IN;
  }

  private static final List<Platform> BUILT_IN =
      List.of(AZURE, BEDROCK, DIRECT, GROQ, LOCAL, NVIDIA_NIM, OPENROUTER, TOGETHER, VERTEX);

  /** Whether routes through this platform can take traffic ({@link RouteStatus#ACTIVE} or {@link RouteStatus#BETA}). */
  public boolean isUsable() {
    return RouteRules.isUsable(status);
  }
}
