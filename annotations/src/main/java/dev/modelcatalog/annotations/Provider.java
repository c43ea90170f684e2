package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a provider on a {@code package-info.java}: every {@link Model} stub in the package belongs to it,
 * and the processor generates one catalog class for the package, named after the provider id
 * ({@code openai} becomes {@code OpenAiCatalog}).
 *
 * <pre>{@code
 * @Provider(id = "openai", name = "OpenAI")
 * package com.example.models.openai;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Provider {

  /**
   * The provider's id, used as the default {@link Model#ownedBy()} of its models and to name the generated
   * catalog. Required. Lower-case letters, digits and {@code -_.}, 1 to 64 characters; example {@code "openai"}.
   */
  String id();

  /**
   * The provider's display name. Default: the id. Example {@code "OpenAI"}.
   */
  String name() default "";

  // ------------------------------------------------------------------ provider metadata (docs, authentication)

  /**
   * Where the provider documents its API, an {@code https://} URL. Default {@code ""}: none stated. Example
   * {@code "https://platform.openai.com/docs"}.
   */
  String docsUrl() default "";

  /** How clients authenticate against the provider's own API. Default {@link AuthType#API_KEY}. */
  AuthType authType() default AuthType.API_KEY;
}
