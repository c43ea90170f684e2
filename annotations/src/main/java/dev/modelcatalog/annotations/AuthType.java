package dev.modelcatalog.annotations;

/** How a client authenticates against a provider's API or a platform. */
public enum AuthType {
  /** A static key, usually sent as {@code Authorization: Bearer <key>} or an {@code api-key} header. */
  API_KEY,
  /** An OAuth 2.0 access token. */
  OAUTH,
  /** AWS Signature Version 4 (Amazon Bedrock). */
  AWS_SIGV4,
  /** A Microsoft Entra ID (Azure AD) token. */
  AZURE_AD,
  /** No authentication (a local server). */
  NONE
}
