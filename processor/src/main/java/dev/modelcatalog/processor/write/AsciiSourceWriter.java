package dev.modelcatalog.processor.write;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes Java source with every character past ASCII as a Unicode escape ({@code è} as {@code \u00e8}), which
 * javac reads back as that character wherever it stands: in an identifier, a comment or a literal. Generated
 * sources are then the same bytes in any encoding javac writes them in, so a stub named {@code Modèle} (whose name
 * the generated method and constant carry) compiles under a build whose platform encoding is not UTF-8, as JDK 17's
 * is not in a POSIX locale. String literals are escaped before they get here ({@link StringLiterals}); nothing
 * this writer adds is a line break or a quote, so no comment or literal changes its end.
 */
final class AsciiSourceWriter extends FilterWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  AsciiSourceWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (ch < 0x80) {
      out.write(ch);
    } else {
      out.write(new char[] {'\\', 'u', HEX[ch >> 12], HEX[(ch >> 8) & 0xf], HEX[(ch >> 4) & 0xf], HEX[ch & 0xf]});
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (chars[i] >= 0x80) {
        out.write(chars, start, i - start);
        write(chars[i]);
        start = i + 1;
      }
    }
    out.write(chars, start, end - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      if (text.charAt(i) >= 0x80) {
        write(text.toCharArray(), offset, length);
        return;
      }
    }
    out.write(text, offset, length); // the usual case: ASCII already
  }
}
