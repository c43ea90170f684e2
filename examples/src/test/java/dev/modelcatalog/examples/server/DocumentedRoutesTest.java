package dev.modelcatalog.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.docs.Pages;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route of the server's table in {@code docs/examples.md} answers: a route the table marks {@code (token)}
 * with 401 when the request has none, any other with a success (or, given no parameters, a complaint about
 * them). A route the table names and the server does not have would get "no such route" (404) or "method not
 * allowed" (405); a write the table calls guarded and the server is not, a success.
 */
class DocumentedRoutesTest {

  private static final String PAGE = "docs/examples.md";
  private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PATCH|PUT|DELETE) (/[^`]*)` \\|");

  private static ModelServer server;

  /** A route of the table, the page line it is on, and whether the table says it needs the token. */
  record Documented(int line, String method, String path, boolean guarded) {}

  @BeforeAll
  static void start() {
    server = ModelServer.start(SampleCatalog.registry(),
        ServerConfig.local(0).withAdminToken("documented-routes-token"));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedRouteAnswers() throws IOException {
    return routes().stream().map(route -> DynamicTest.dynamicTest(
        PAGE + ":" + route.line() + " " + route.method() + " " + route.path(), () -> {
          ServerFixture.Reply reply = ServerFixture.send(server, route.method(), concrete(route.path()), null,
              route.method().equals("GET") ? null : "{}");
          String where = PAGE + ":" + route.line() + ": " + route.method() + " " + route.path() + " answered "
              + reply.status() + " " + reply.body();
          if (route.guarded()) {
            assertEquals(401, reply.status(), where);
          } else {
            assertTrue(reply.status() == 200 || reply.status() == 400, where);
          }
        }));
  }

  /** The table is found, so the routes above are checked and not skipped. */
  @Test
  void theTableListsReadsAndWrites() throws IOException {
    List<Documented> all = routes();
    assertTrue(all.size() >= 15, all.toString());
    assertTrue(all.stream().filter(Documented::guarded).count() >= 5, all.toString());
    assertTrue(all.stream().anyMatch(r -> r.method().equals("DELETE")), all.toString());
  }

  /** {@code /v1/models/{id}?detailed=true} as a request: a model of the sample catalog, no parameters. */
  private static String concrete(String documented) {
    int query = documented.indexOf('?');
    String path = query < 0 ? documented : documented.substring(0, query);
    return path.replace("{id}", "gpt-4o");
  }

  private static List<Documented> routes() throws IOException {
    List<String> lines = Files.readAllLines(Pages.named(PAGE));
    List<Documented> routes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher row = ROW.matcher(lines.get(i));
      if (row.find()) {
        routes.add(new Documented(i + 1, row.group(1), row.group(2), lines.get(i).strip().endsWith("(token) |")));
      }
    }
    return routes;
  }
}
