package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a server configuration accepts, up to each limit, and the message for one past it. */
class ServerConfigTest {

  private static ServerConfig config(String host, int port, String token, int body, int url) {
    return new ServerConfig(host, port, token, body, url, null, Duration.ofSeconds(1), null);
  }

  private static String refusal(String host, int port, String token, int body, int url) {
    return assertThrows(IllegalArgumentException.class, () -> config(host, port, token, body, url)).getMessage();
  }

  @Test
  void port_fromZeroTo65535() {
    assertEquals(0, config("127.0.0.1", 0, null, 1, 1).port());
    assertEquals(65_535, config("127.0.0.1", 65_535, null, 1, 1).port());
    assertEquals("port: -1 is not between 0 and 65535", refusal("127.0.0.1", -1, null, 1, 1));
    assertEquals("port: 65536 is not between 0 and 65535", refusal("127.0.0.1", 65_536, null, 1, 1));
  }

  @Test
  void limits_atLeastOne() {
    ServerConfig smallest = config("127.0.0.1", 0, null, 1, 1);
    assertEquals(1, smallest.maxBodyBytes());
    assertEquals(1, smallest.maxUrlLength());
    String message = "limits: maxBodyBytes and maxUrlLength must be positive";
    assertEquals(message, refusal("127.0.0.1", 0, null, 0, 1));
    assertEquals(message, refusal("127.0.0.1", 0, null, 1, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void host_blank_isRefused(String host) {
    assertEquals("host: is empty; an empty address would bind every interface, so name it: 127.0.0.1, or 0.0.0.0 "
        + "for every interface", refusal(host, 0, null, 1, 1));
  }

  @Test
  void adminToken_sixteenVisibleAsciiCharacters_isTheShortest() {
    String sixteen = "!".repeat(8) + "~".repeat(8);
    assertEquals(sixteen, config("127.0.0.1", 0, sixteen, 1, 1).adminToken());
    assertEquals("adminToken: at least 16 characters, got 15", refusal("127.0.0.1", 0, "a".repeat(15), 1, 1));
  }

  @Test
  void checkAdminToken_namesTheFieldItIsGiven_andLetsNullPass() {
    ServerConfig.checkAdminToken("TOKEN", null);
    ServerConfig.checkAdminToken("TOKEN", "a".repeat(16));
    assertEquals("TOKEN: at least 16 characters, got 3",
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.checkAdminToken("TOKEN", "abc")).getMessage());
    assertEquals("TOKEN: character 17 is U+000A; a bearer token is visible ASCII, without spaces or line breaks",
        assertThrows(IllegalArgumentException.class,
            () -> ServerConfig.checkAdminToken("TOKEN", "a".repeat(16) + "\n")).getMessage());
  }

  /** The characters just outside visible ASCII, each named: a space by name, the others by code point. */
  @Test
  void adminToken_charactersBesideVisibleAscii_areNamed() {
    String base = "a".repeat(16);
    assertEquals("adminToken: character 17 is a space; a bearer token is visible ASCII, without spaces or line "
        + "breaks", refusal("127.0.0.1", 0, base + " ", 1, 1));
    assertEquals("adminToken: character 1 is U+007F; a bearer token is visible ASCII, without spaces or line breaks",
        refusal("127.0.0.1", 0, "\u007f" + base, 1, 1));
    assertEquals("adminToken: character 4 is U+00E9; a bearer token is visible ASCII, without spaces or line breaks",
        refusal("127.0.0.1", 0, "abc\u00e9" + base, 1, 1));
  }

  @Test
  void withHost_changesOnlyTheHost() {
    ServerConfig local = ServerConfig.local(8080).withAdminToken("a".repeat(16));
    ServerConfig everywhere = local.withHost("0.0.0.0");
    assertEquals("0.0.0.0", everywhere.host());
    assertEquals(new ServerConfig("127.0.0.1", everywhere.port(), everywhere.adminToken(), everywhere.maxBodyBytes(),
        everywhere.maxUrlLength(), everywhere.accessLog(), everywhere.shutdownTimeout(), everywhere.stateFile()),
        local);
  }
}
