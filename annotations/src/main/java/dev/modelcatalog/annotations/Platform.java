package dev.modelcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a platform beyond the built-in ones ({@code direct}, {@code openrouter}, {@code azure},
 * {@code bedrock}, {@code vertex}, {@code nvidia-nim}, {@code together}, {@code groq}, {@code local}), on a
 * {@link Provider} package's {@code package-info.java}, so that {@link Route#platform()} can name it.
 *
 * <pre>{@code
 * @Provider(id = "acme", name = "Acme AI")
 * @Platform(id = "acme-cloud", name = "Acme Cloud", baseUrl = "https://api.acme.example/v1")
 * package com.example.models.acme;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
@Repeatable(Platforms.class)
public @interface Platform {

  /**
   * The platform's id, named by {@link Route#platform()}. Required; lower-case letters, digits and {@code -_.},
   * 1 to 64 characters; must not repeat a built-in id. Example {@code "acme-cloud"}.
   */
  String id();

  /** Display name. Default: the id. Example {@code "Acme Cloud"}. */
  String name() default "";

  /** The API's base URL, {@code https://} or {@code http://}. Default {@code ""}: none stated. */
  String baseUrl() default "";

  /** Where the platform documents its API, an {@code https://} URL. Default {@code ""}: none stated. */
  String docsUrl() default "";

  /** How clients authenticate. Default {@link AuthType#API_KEY}. */
  AuthType authType() default AuthType.API_KEY;

  /** Whether the platform takes traffic. Default {@link RouteStatus#ACTIVE}. */
  RouteStatus status() default RouteStatus.ACTIVE;
}
