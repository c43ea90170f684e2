package dev.modelcatalog.examples.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * One GET a server sends to its own listener while warming up: accepting a connection, parsing a request, routing
 * it and writing the answer load some hundred classes of Undertow and XNIO that nothing else in the warm-up
 * reaches, about 30 ms that the first client would otherwise wait. Plain HTTP/1.1 over a socket, so the warm-up
 * loads no HTTP client of its own. The request carries the server's warm-up key, so it is neither logged nor
 * counted.
 */
final class SelfRequest {

  /** The header that carries the key; a request without the server's own key is an ordinary request. */
  static final String KEY_HEADER = "X-Modelcatalog-Warm-Up";

  private static final int TIMEOUT_MILLIS = 5_000;

  private SelfRequest() {}

  /**
   * Sends the request and reads the answer to its end. A server that cannot be reached or does not answer in time
   * is left alone: a warm-up is best effort, and the first client then pays what it would have paid anyway.
   */
  static void send(String host, int port, String path, String key) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address(host), port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + KEY_HEADER + ": " + key
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      in.readAllBytes();
    } catch (IOException e) {
      // Best effort, see above.
    }
  }

  /** The address to connect to: loopback for a server listening on every interface. */
  private static InetAddress address(String host) throws UnknownHostException {
    InetAddress address = InetAddress.getByName(host);
    return address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
  }
}
