package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.Modality;
import dev.modelcatalog.runtime.ModelQuery;
import dev.modelcatalog.runtime.ModelStatus;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads query parameters and bodies, turning bad values into 400 {@link ApiError}s that name the parameter. */
final class Requests {

  private Requests() {}

  /** The query's parameters decoded ({@link UrlDecoding}), made once per request. */
  private static final AttachmentKey<Map<String, Deque<String>>> QUERY = AttachmentKey.create(Map.class);

  /** The first value of a parameter, or null. */
  static String param(HttpServerExchange exchange, String name) {
    Deque<String> values = parameters(exchange).get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** Every value of a parameter, repeated ({@code ?tag=a&tag=b}) or comma-separated ({@code ?tag=a,b}). */
  static List<String> params(HttpServerExchange exchange, String name) {
    Deque<String> values = parameters(exchange).get(name);
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        for (String part : value.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  /**
   * The query's parameters with names and values decoded. Undertow splits the query but, told not to decode, leaves
   * the escapes: a plain query is its map as it is; otherwise names that decode alike share their values.
   */
  private static Map<String, Deque<String>> parameters(HttpServerExchange exchange) {
    Map<String, Deque<String>> raw = exchange.getQueryParameters();
    if (UrlDecoding.queryIsPlain(exchange.getQueryString())) {
      return raw;
    }
    Map<String, Deque<String>> decoded = exchange.getAttachment(QUERY);
    if (decoded == null) {
      decoded = new LinkedHashMap<>();
      for (Map.Entry<String, Deque<String>> parameter : raw.entrySet()) {
        String name = UrlDecoding.queryName(parameter.getKey());
        Deque<String> values = decoded.computeIfAbsent(name, unused -> new ArrayDeque<>());
        for (String value : parameter.getValue()) {
          values.add(UrlDecoding.queryValue(value, name));
        }
      }
      exchange.putAttachment(QUERY, decoded);
    }
    return decoded;
  }

  static Set<Capability> capabilities(HttpServerExchange exchange, String name) {
    return capabilities(params(exchange, name), name);
  }

  static Set<Capability> capabilities(List<String> names, String param) {
    Set<Capability> out = EnumSet.noneOf(Capability.class);
    for (String value : names) {
      try {
        out.add(Capability.parse(value));
      } catch (IllegalArgumentException e) {
        throw ApiError.invalid(param, "invalid_capability", ApiError.forParam(param, e.getMessage(), value));
      }
    }
    return out;
  }

  static Integer integer(HttpServerExchange exchange, String name) {
    String value = param(exchange, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name, "invalid_number", name + " must be a whole number, got '"
          + ApiError.clip(value) + "'");
    }
  }

  /** A whole number of at least 0 (a token count, a top-N), or null when the parameter is absent. */
  static Integer count(HttpServerExchange exchange, String name) {
    Integer value = integer(exchange, name);
    if (value != null && value < 0) {
      throw ApiError.invalid(name, "invalid_number", name + " must be at least 0, got " + value);
    }
    return value;
  }

  static Double decimal(HttpServerExchange exchange, String name) {
    String value = param(exchange, name);
    if (value == null) {
      return null;
    }
    try {
      return Double.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name, "invalid_number", name + " must be a number, got '" + ApiError.clip(value) + "'");
    }
  }

  static Boolean bool(HttpServerExchange exchange, String name) {
    String value = param(exchange, name);
    if (value == null) {
      return null;
    }
    if (value.equalsIgnoreCase("true") || value.equals("1")) {
      return true;
    }
    if (value.equalsIgnoreCase("false") || value.equals("0")) {
      return false;
    }
    throw ApiError.invalid(name, "invalid_boolean", name + " must be true or false");
  }

  /**
   * The registry API's filters as a {@link ModelQuery}: {@code capability}, {@code exclude}, {@code prefer},
   * {@code owned_by}, {@code provider}, {@code tag}, {@code min_context}, {@code max_input_price},
   * {@code max_output_price}, {@code currency}, {@code input_modality}, {@code output_modality}, {@code status}
   * ({@code alpha}, {@code beta}, {@code active}, {@code deprecated}, {@code retired}) and {@code moe}
   * ({@code true}: mixtures of experts only, {@code false}: dense only).
   */
  static ModelQuery query(HttpServerExchange exchange) {
    ModelQuery.Builder query = ModelQuery.builder()
        .require(capabilities(exchange, "capability"))
        .exclude(capabilities(exchange, "exclude").toArray(new Capability[0]))
        .prefer(capabilities(exchange, "prefer").toArray(new Capability[0]))
        .tags(params(exchange, "tag").toArray(new String[0]))
        .inputModalities(modalities(exchange, "input_modality"))
        .outputModalities(modalities(exchange, "output_modality"));
    String owner = param(exchange, "owned_by");
    if (owner != null) {
      query.ownedBy(owner);
    }
    String provider = param(exchange, "provider");
    if (provider != null) {
      query.provider(provider);
    }
    String currency = param(exchange, "currency");
    if (currency != null) {
      try {
        query.priceCurrency(currency);
      } catch (IllegalArgumentException e) {
        throw ApiError.invalid("currency", "invalid_currency", ApiError.forParam("currency", e.getMessage(), currency));
      }
    }
    Integer minContext = integer(exchange, "min_context");
    Double maxInput = decimal(exchange, "max_input_price");
    Double maxOutput = decimal(exchange, "max_output_price");
    try {
      if (minContext != null) {
        query.minContextWindow(minContext);
      }
      if (maxInput != null) {
        query.maxInputPricePerMillion(maxInput);
      }
      if (maxOutput != null) {
        query.maxOutputPricePerMillion(maxOutput);
      }
    } catch (IllegalArgumentException e) {
      String field = e.getMessage().startsWith("minContextWindow") ? "min_context"
          : e.getMessage().startsWith("maxInput") ? "max_input_price" : "max_output_price";
      throw ApiError.invalid(field, "invalid_number", ApiError.forParam(field, e.getMessage(), null));
    }
    ModelStatus status = status(exchange);
    if (status != null) {
      query.status(status);
    }
    Boolean moe = bool(exchange, "moe");
    if (moe != null) {
      if (moe) {
        query.moe();
      } else {
        query.dense();
      }
    }
    return query.build();
  }

  private static ModelStatus status(HttpServerExchange exchange) {
    String value = param(exchange, "status");
    if (value == null) {
      return null;
    }
    for (ModelStatus status : ModelStatus.values()) {
      if (status.jsonName().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    throw ApiError.invalid("status", "invalid_status", "status: '" + ApiError.clip(value)
        + "' is no status; expected alpha, beta, active, deprecated or retired");
  }

  private static Modality[] modalities(HttpServerExchange exchange, String name) {
    List<Modality> out = new ArrayList<>();
    for (String value : params(exchange, name)) {
      try {
        out.add(Modality.parse(value));
      } catch (IllegalArgumentException e) {
        throw ApiError.invalid(name, "invalid_modality", ApiError.forParam(name, e.getMessage(), value));
      }
    }
    return out.toArray(new Modality[0]);
  }

  /**
   * The request body as JSON. Call from a worker thread. A declared length over the limit is refused before
   * anything is read; an undeclared one is read up to one byte past the limit and no further.
   */
  static JsonNode jsonBody(HttpServerExchange exchange, int limit) {
    long declared = exchange.getRequestContentLength();
    if (declared > limit) {
      throw ApiError.tooLarge(limit);
    }
    byte[] bytes;
    try {
      exchange.startBlocking();
      InputStream in = exchange.getInputStream();
      bytes = in.readNBytes(limit + 1);
    } catch (IOException e) {
      // Undertow ends the stream with an IOException once more than MAX_ENTITY_SIZE bytes arrive.
      throw ApiError.tooLarge(limit);
    }
    if (bytes.length > limit) {
      throw ApiError.tooLarge(limit);
    }
    if (bytes.length == 0) {
      throw ApiError.invalid(null, "invalid_json", "the request needs a JSON body");
    }
    String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(415, "invalid_request_error", null, "unsupported_media_type",
          "the body must be application/json", List.of());
    }
    return parseJson(bytes);
  }

  /**
   * A request body as JSON; the encoding is detected as JSON allows (UTF-8, -16 or -32).
   *
   * @throws ApiError 400 when the bytes are not JSON in one of those encodings
   */
  static JsonNode parseJson(byte[] bytes) {
    try {
      JsonNode node = RegistryJson.MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw ApiError.invalid(null, "invalid_json", "the request needs a JSON body");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      if (e instanceof StreamReadException read && read.getProcessor() != null
          && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
        // Jackson's strict duplicate detection; the parser stands on the second occurrence.
        JsonStreamContext field = read.getProcessor().getParsingContext();
        throw ApiError.invalid(fieldPath(field), "invalid_json", "the request body names the field '"
            + field.getCurrentName() + "' twice" + where);
      }
      throw ApiError.invalid(null, "invalid_json", "the request body is not valid JSON" + where);
    } catch (IOException e) {
      // Not a syntax error but bytes no encoding JSON allows decodes (an invalid UTF-32 character, say).
      throw ApiError.invalid(null, "invalid_json", "the request body is not valid JSON text");
    }
  }

  /** Where a parser stands, as the API names fields: {@code pricing.input_per_million}, {@code aliases[0]}. */
  private static String fieldPath(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      parts.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
