package dev.modelcatalog.examples.server;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A request the server answers with an error body in OpenAI's shape:
 * {@code {"error":{"message","type","param","code"}}}, plus {@code suggestions} for unknown models.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final String param;
  final String code;
  final transient List<String> suggestions;
  /** For a 405: the methods the route takes, for the {@code Allow} header; else null. */
  final String allow;

  ApiError(int status, String type, String param, String code, String message, List<String> suggestions) {
    this(status, type, param, code, message, suggestions, null);
  }

  private ApiError(int status, String type, String param, String code, String message, List<String> suggestions,
      String allow) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
    this.suggestions = List.copyOf(suggestions);
    this.allow = allow;
  }

  static ApiError invalid(String param, String code, String message) {
    return new ApiError(400, "invalid_request_error", param, code, message, List.of());
  }

  static ApiError unknownModel(String query, List<String> suggestions) {
    String hint = suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ",
        suggestions.stream().map(s -> "'" + s + "'").toList()) + "?";
    return new ApiError(404, "invalid_request_error", "model", "model_not_found",
        "The model '" + clip(query) + "' does not exist" + hint, suggestions);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "invalid_request_error", null, "not_found", message, List.of());
  }

  /** A 405 that says which methods the route takes ({@code "GET, HEAD"}), in its message and its Allow header. */
  static ApiError methodNotAllowed(String method, String allow) {
    return new ApiError(405, "invalid_request_error", null, "method_not_allowed",
        "method " + clip(method) + " is not allowed here; allowed: " + allow, List.of(), allow);
  }

  /** The methods of a route that only reads. */
  static final String READ_ONLY = "GET, HEAD";

  static ApiError unauthorized(String code, String message) {
    return new ApiError(401, "authentication_error", null, code, message, List.of());
  }

  static ApiError forbidden(String code, String message) {
    return new ApiError(403, "permission_error", null, code, message, List.of());
  }

  static ApiError conflict(String param, String message) {
    return new ApiError(409, "invalid_request_error", param, "model_conflict", message, List.of());
  }

  static ApiError tooLarge(int limit) {
    return new ApiError(413, "invalid_request_error", null, "body_too_large",
        "request body exceeds " + limit + " bytes", List.of());
  }

  static ApiError uriTooLong(int limit) {
    return new ApiError(414, "invalid_request_error", null, "url_too_long",
        "request URL exceeds " + limit + " characters", List.of());
  }

  static ApiError internal(String reference) {
    return new ApiError(500, "server_error", null, "internal_error",
        "internal error (reference " + reference + ")", List.of());
  }

  /** User input echoed in a message is cut short, so an error body never grows with the request. */
  static String clip(String text) {
    return clip(text, 120);
  }

  /** A library field name leading a message: {@code minContextWindow: }, {@code capability: }. */
  private static final Pattern LEADING_FIELD = Pattern.compile("^[A-Za-z][\\w.]{0,39}: ");

  /**
   * A library's message about a value of this request parameter, as the client should read it: the library's field
   * name in front replaced by the parameter's ({@code minContextWindow: -1 is negative} becomes {@code min_context:
   * -1 is negative}), and the value it echoes cut short, while the rest, such as the list of values expected, stays
   * whole (clipping the whole message cut that list off mid-word).
   */
  static String forParam(String param, String message, String value) {
    String rest = LEADING_FIELD.matcher(message).replaceFirst("");
    if (value != null && value.length() > 60) {
      rest = rest.replace(value, clip(value, 60));
    }
    return clip(param, 60) + ": " + rest;
  }

  /** The text cut to at most {@code max} characters. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
