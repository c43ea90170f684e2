package dev.modelcatalog.examples.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no well-behaved client would (broken request lines, control characters, invalid encodings) and reads
 * what comes back, up to a bound.
 */
final class RawHttp {

  /** Enough of any answer to see its status and error body. */
  private static final int MAX_READ = 64 * 1024;

  private RawHttp() {}

  /** The status and the text of a raw answer; status 0 when the server closed without answering. */
  record Answer(int status, String text) {}

  static Answer send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may close while the request is still being sent (it refused it early); read what it said.
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; answer.size() < MAX_READ && (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketException e) {
        // A reset after the answer: keep what arrived.
      }
      String text = answer.toString(StandardCharsets.ISO_8859_1);
      return new Answer(status(text), text);
    }
  }

  static Answer send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static int status(String text) {
    if (!text.startsWith("HTTP/1.")) {
      return 0;
    }
    int space = text.indexOf(' ');
    try {
      return Integer.parseInt(text.substring(space + 1, space + 4));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static final String[] LEAK_MARKERS = {"Exception", "\tat ", "at dev.", "at java.", "at io.undertow",
      ".java:"};

  /** Whether an answer leaks what only the server should know: stack frames, exception names, file paths. */
  static String leak(String text, String... secrets) {
    for (String marker : LEAK_MARKERS) {
      if (text.contains(marker)) {
        return marker;
      }
    }
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty() && text.contains(secret)) {
        return secret;
      }
    }
    return null;
  }

  /**
   * As {@link #leak}, for a request made of arbitrary text: a marker the request itself holds does not count, since
   * answers may quote what the client sent (an unknown model's id is echoed in its 404).
   */
  static String leakBeyondEcho(String text, String request) {
    for (String marker : LEAK_MARKERS) {
      if (text.contains(marker) && !request.contains(marker)) {
        return marker;
      }
    }
    return null;
  }
}
