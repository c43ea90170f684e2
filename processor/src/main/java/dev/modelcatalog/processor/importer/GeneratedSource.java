package dev.modelcatalog.processor.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One source file the importer produced: a stub or a provider's {@code package-info.java}.
 *
 * @param qualifiedName the compilation unit's name, e.g. {@code dev.modelcatalog.imported.openai.Gpt4o} or
 *     {@code dev.modelcatalog.imported.openai.package-info}
 * @param content the Java source text
 */
public record GeneratedSource(String qualifiedName, String content) {

  public GeneratedSource {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(content, "content");
  }

  /** The file's path below a source root: {@code dev/modelcatalog/imported/openai/Gpt4o.java}. */
  public String relativePath() {
    return qualifiedName.replace('.', '/') + ".java";
  }

  /** Writes the file below the source root, creating directories as needed; returns its path. */
  public Path writeTo(Path sourceRoot) throws IOException {
    Path file = sourceRoot.resolve(relativePath());
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
