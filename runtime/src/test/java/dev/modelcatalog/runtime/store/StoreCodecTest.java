package dev.modelcatalog.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.runtime.ModelDefinition;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.Problem;
import dev.modelcatalog.runtime.Route;
import dev.modelcatalog.runtime.json.InvalidCatalogDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The store's objects: every field written and read back, and each way a stored object can be refused. */
class StoreCodecTest {

  private static final String KEY = "models/acme/m/route-2-acme-cloud.json";

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The one problem of the refusal, after checking that the exception names the key. */
  private static Problem refusal(Runnable read) {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class, read::run);
    assertEquals(KEY, e.source());
    assertEquals(1, e.problems().size(), e.problems().toString());
    return e.problems().get(0);
  }

  private static void assertRefused(Runnable read, String code, String path) {
    Problem problem = refusal(read);
    assertEquals(code, problem.code(), problem.toString());
    assertEquals(path, problem.field(), problem.toString());
  }

  // ------------------------------------------------------------------------------------------------ routes

  @Test
  void route_withEveryField_comesBackEqual() {
    Route route = Route.builder("acme-cloud").model("m").modelString("acme/m-v2").priority(2)
        .status(RouteStatus.BETA).inputPerMillion(1.5).outputPerMillion(3.25).contextWindow(8192)
        .maxOutputTokens(1024).endpoint("https://api.acme.example/v1").build();

    Route read = StoreCodec.decodeRoute(KEY, StoreCodec.encodeRoute(route));

    assertEquals(route, read);
    assertEquals(Optional.of("m"), read.model());
    assertEquals("acme/m-v2", read.modelString());
    assertEquals(2, read.priority());
    assertEquals(RouteStatus.BETA, read.status());
    assertEquals(OptionalDouble.of(1.5), read.inputPerMillion());
    assertEquals(OptionalDouble.of(3.25), read.outputPerMillion());
    assertEquals(OptionalInt.of(8192), read.contextWindow());
    assertEquals(OptionalInt.of(1024), read.maxOutputTokens());
    assertEquals(Optional.of("https://api.acme.example/v1"), read.endpoint());
  }

  @Test
  void route_withoutItsOptionalFields_readsPriorityOneActiveAndNoOverrides() {
    Route read = StoreCodec.decodeRoute(KEY, json("{\"model\": \"m\", \"platform\": \"acme-cloud\"}"));

    assertEquals(1, read.priority());
    assertEquals(RouteStatus.ACTIVE, read.status());
    assertEquals("m", read.modelString());
    assertEquals(OptionalDouble.empty(), read.inputPerMillion());
    assertEquals(OptionalDouble.empty(), read.outputPerMillion());
    assertEquals(OptionalInt.empty(), read.contextWindow());
    assertEquals(OptionalInt.empty(), read.maxOutputTokens());
    assertEquals(Optional.empty(), read.endpoint());
  }

  @Test
  void route_writtenWithoutOverrides_hasNoneOfTheirFields() {
    Route route = Route.builder("acme-cloud").model("m").build();
    String text = new String(StoreCodec.encodeRoute(route), StandardCharsets.UTF_8);

    assertTrue(text.contains("\"id\": \"route-1-acme-cloud\""), text);
    for (String field : new String[] {"per_million", "context_window", "max_output_tokens", "endpoint"}) {
      assertFalse(text.contains(field), text);
    }
    assertEquals(route, StoreCodec.decodeRoute(KEY, json(text)));
  }

  @Test
  void route_withoutItsModel_cannotBeWritten() {
    Route route = Route.builder("acme-cloud").modelString("acme/m").build(); // a route not yet given to a model
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreCodec.encodeRoute(route));
    assertEquals("route.model: not set", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"platform\": \"acme-cloud\"}                                   | missing-field | $.model",
      "{\"model\": \"m\"}                                              | missing-field | $.platform",
      "{\"model\": \"m\", \"platform\": 7}                             | wrong-type    | $.platform",
      "{\"model\": \"m\", \"platform\": \"p\", \"priority\": \"1\"}    | wrong-type    | $.priority",
      "{\"model\": \"m\", \"platform\": \"p\", \"priority\": 1.5}      | wrong-type    | $.priority",
      "{\"model\": \"m\", \"platform\": \"p\", \"priority\": 3000000000} | wrong-type  | $.priority",
      "{\"model\": \"m\", \"platform\": \"p\", \"input_per_million\": \"1\"} | wrong-type | $.input_per_million",
      "{\"model\": \"m\", \"platform\": \"p\", \"output_per_million\": true} | wrong-type | $.output_per_million",
      "{\"model\": \"m\", \"platform\": \"p\", \"context_window\": \"8k\"} | wrong-type  | $.context_window",
      "{\"model\": \"m\", \"platform\": \"p\", \"max_output_tokens\": 1.5} | wrong-type | $.max_output_tokens",
      "{\"model\": \"m\", \"platform\": \"p\", \"status\": \"retired\"} | unknown-status | $.status",
      "{\"model\": \"m\", \"platform\": \"p\", \"weight\": 3}           | unknown-field | $.weight",
      "{\"model\": \"m\", \"platform\": \"p\", \"model\": \"n\"}        | json-syntax   | $",
      "{\"model\": \"m\", \"platform\": \"p\"                           | json-syntax   | $",
      "[{\"model\": \"m\", \"platform\": \"p\"}]                       | document-shape | $",
  })
  void route_refused_namesKeyCodeAndPath(String document, String code, String path) {
    assertRefused(() -> StoreCodec.decodeRoute(KEY, json(document)), code, path);
  }

  @Test
  void route_breakingARouteRule_isRefusedWithTheRulesProblem() {
    InvalidCatalogDocumentException e = assertThrows(InvalidCatalogDocumentException.class,
        () -> StoreCodec.decodeRoute(KEY, json("{\"model\": \"m\", \"platform\": \"p\", \"context_window\": 0}")));
    assertEquals(KEY, e.source());
    assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("contextWindow")), e.problems().toString());
  }

  @Test
  void routeStatus_isReadInAnyCase() {
    Route read = StoreCodec.decodeRoute(KEY, json("{\"model\": \"m\", \"platform\": \"p\", \"status\": \"Beta\"}"));
    assertEquals(RouteStatus.BETA, read.status());
  }

  // ------------------------------------------------------------------------------------------------ models

  @Test
  void model_comesBack_andAnotherIdThanTheKeys_isRefused() {
    ModelDefinition model = ModelDefinition.builder("m").contextWindow(8192).build();
    byte[] stored = StoreCodec.encodeModel(model);

    assertEquals(model, StoreCodec.decodeModel(KEY, "m", stored));
    Problem problem = refusal(() -> StoreCodec.decodeModel(KEY, "other", stored));
    assertEquals("id-mismatch", problem.code());
    assertEquals("$.id", problem.field());
    assertEquals("is 'm' but the key is for 'other'", problem.message());
  }

  @Test
  void tombstone_readsAsNoModel() {
    assertNull(StoreCodec.decodeModel(KEY, "m", StoreCodec.encodeTombstone("m", "acme")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": \"other\", \"deleted\": true}                  | id-mismatch    | $.id",
      "{\"deleted\": true}                                     | missing-field  | $.id",
      "{\"id\": \"m\", \"deleted\": false}                     | tombstone-shape | $.deleted",
      "{\"id\": \"m\", \"deleted\": \"yes\"}                   | tombstone-shape | $.deleted",
      "{\"id\": \"m\", \"deleted\": true, \"reason\": \"old\"} | unknown-field  | $.reason",
  })
  void tombstone_refused_namesKeyCodeAndPath(String document, String code, String path) {
    assertRefused(() -> StoreCodec.decodeModel(KEY, "m", json(document)), code, path);
  }

  // ------------------------------------------------------------------------------------------------ platforms

  @Test
  void platform_withEveryField_comesBackEqual() {
    Platform platform = new Platform("acme-cloud", "Acme Cloud", "https://api.acme.example",
        "https://docs.acme.example", AuthType.OAUTH, RouteStatus.MAINTENANCE);

    assertEquals(platform, StoreCodec.decodePlatform(KEY, "acme-cloud", StoreCodec.encodePlatform(platform)));
  }

  @Test
  void platform_withItsIdAlone_takesTheDefaults() {
    Platform read = StoreCodec.decodePlatform(KEY, "acme-cloud", json("{\"id\": \"acme-cloud\"}"));
    assertEquals(new Platform("acme-cloud", null, null, null, null, null), read);
    assertEquals(AuthType.API_KEY, read.authType());
    assertEquals("acme-cloud", read.name());
  }

  @Test
  void platform_authTypeAndStatus_areReadInAnyCase() {
    Platform read = StoreCodec.decodePlatform(KEY, "acme-cloud",
        json("{\"id\": \"acme-cloud\", \"auth_type\": \"Azure_AD\", \"status\": \"INACTIVE\"}"));
    assertEquals(AuthType.AZURE_AD, read.authType());
    assertEquals(RouteStatus.INACTIVE, read.status());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": \"other\"}                               | id-mismatch       | $.id",
      "{\"name\": \"Acme\"}                              | missing-field     | $.id",
      "{\"id\": \"acme-cloud\", \"auth_type\": \"token\"} | unknown-auth-type | $.auth_type",
      "{\"id\": \"acme-cloud\", \"status\": \"gone\"}     | unknown-status    | $.status",
      "{\"id\": \"acme-cloud\", \"name\": 3}             | wrong-type        | $.name",
      "{\"id\": \"acme-cloud\", \"region\": \"eu\"}       | unknown-field     | $.region",
  })
  void platform_refused_namesKeyCodeAndPath(String document, String code, String path) {
    assertRefused(() -> StoreCodec.decodePlatform(KEY, "acme-cloud", json(document)), code, path);
  }
}
