package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict percent-decoding of paths and query parts, without a server. */
class UrlDecodingTest {

  @Test
  void textWithoutEscapes_isReturnedAsItIs() {
    String path = "/v1/models/meta-llama/Llama-3.1-8B-Instruct";
    assertSame(path, UrlDecoding.path(path));
    String value = "llama";
    assertSame(value, UrlDecoding.queryValue(value, "q"));
    assertEquals(true, UrlDecoding.queryIsPlain("q=llama&limit=3"));
    assertEquals(true, UrlDecoding.queryIsPlain(null));
    assertEquals(false, UrlDecoding.queryIsPlain("q=llama+moe"));
    assertEquals(false, UrlDecoding.queryIsPlain("q=llama%20moe"));
    // An escape or a plus as the very first character counts too.
    assertEquals(false, UrlDecoding.queryIsPlain("%71=llama"));
    assertEquals(false, UrlDecoding.queryIsPlain("+q=llama"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /v1/models/gpt%2D4o                    | /v1/models/gpt-4o
      /v1/models/meta-llama%2fLlama-3.1-8B   | /v1/models/meta-llama/Llama-3.1-8B
      /v1/models/caf%C3%A9                   | /v1/models/café
      /v1/models/%F0%9F%A6%99-7b             | /v1/models/🦙-7b
      /v1/models/a+b%2Bc                     | /v1/models/a+b+c
      %25zz                                  | %zz
      """)
  void pathEscapes_decodeAsUtf8_andAPlusStaysAPlus(String raw, String decoded) {
    assertEquals(decoded, UrlDecoding.path(raw));
  }

  @Test
  void queryParts_readAPlusAsASpace() {
    assertEquals("mixtral moe", UrlDecoding.queryValue("mixtral+moe", "q"));
    assertEquals("a+b c", UrlDecoding.queryValue("a%2Bb+c", "q"));
    assertEquals("max price", UrlDecoding.queryName("max%20price"));
    assertEquals(" moe", UrlDecoding.queryValue("+moe", "q"));
    assertEquals("q", UrlDecoding.queryName("%71"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /v1/models/%zz | the path has a malformed percent-escape at character 12: '%zz' (expected % and two hex digits)
      /v1/models/%2 | the path has a malformed percent-escape at character 12: '%2' (expected % and two hex digits)
      /v1/models/x%      | the path has a malformed percent-escape at character 13: '%' (expected % and two hex digits)
      /v1/models/%4%1g | the path has a malformed percent-escape at character 12: '%4%' (expected % and two hex digits)
      /v1/models/%41%1g | the path has a malformed percent-escape at character 15: '%1g' (expected % and two hex digits)
      /v1/models/%c3 | the path is not UTF-8: the escapes at character 12 ('%c3') do not spell a character
      /v1/models/%c3x | the path is not UTF-8: the escapes at character 12 ('%c3') do not spell a character
      /v1/models/%c3%28 | the path is not UTF-8: the escapes at character 12 ('%c3%28') do not spell a character
      /v1/models/%41%ff | the path is not UTF-8: the escapes at character 12 ('%41%ff') do not spell a character
      """)
  void badEscapes_areRefusedSayingWhere(String raw, String message) {
    ApiError error = assertThrows(ApiError.class, () -> UrlDecoding.path(raw));
    assertEquals(400, error.status);
    assertEquals("invalid_url_encoding", error.code);
    assertNull(error.param);
    assertEquals(message, error.getMessage());
  }

  @Test
  void aBadQueryValue_namesItsParameter() {
    ApiError error = assertThrows(ApiError.class, () -> UrlDecoding.queryValue("%e2%82", "capability"));
    assertEquals("capability", error.param);
    assertEquals("the value of capability is not UTF-8: the escapes at character 1 ('%e2%82') do not spell a"
        + " character", error.getMessage());
  }
}
