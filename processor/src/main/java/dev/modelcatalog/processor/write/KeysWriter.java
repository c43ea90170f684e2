package dev.modelcatalog.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * One key bucket of a catalog: literal calls to a {@code KeySink}. Each bucket is a class of its own so that a
 * lookup loads and runs only the keys of its bucket (about {@value KeyBuckets#KEYS_PER_BUCKET}), never a
 * definition; and a class's constant pool holds at most 65,535 entries, which the keys of 10,000 models would
 * not fit in. A catalog of one bucket has no such class: {@link CatalogWriter} writes the {@link #statements}
 * into the catalog class.
 */
final class KeysWriter {

  /** Keys per method: about 15 bytes of bytecode each, so a method stays far below the 64 KB limit. */
  private static final int KEYS_PER_METHOD = 1024;

  private KeysWriter() {}

  static JavaFile write(CatalogSpec catalog, KeyBuckets buckets, int bucket) {
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.keysSimpleName(catalog.simpleName(), bucket))
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<KeyBuckets.Entry> keys = buckets.bucket(bucket);
    List<CodeBlock> parts = new ArrayList<>();
    for (int from = 0; from < keys.size() || from == 0; from += KEYS_PER_METHOD) {
      parts.add(statements(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_METHOD))));
    }
    MethodSpec.Builder method = keysMethod("keys").addModifiers(Modifier.STATIC);
    if (parts.size() == 1) {
      type.addMethod(method.addCode(parts.get(0)).build());
    } else {
      // A bucket too large for one method (keys that hash unevenly) is split into parts.
      for (int p = 0; p < parts.size(); p++) {
        method.addStatement("keys$L(sink)", p);
      }
      type.addMethod(method.build());
      for (int p = 0; p < parts.size(); p++) {
        type.addMethod(keysMethod("keys" + p).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addCode(parts.get(p)).build());
      }
    }
    String javadoc = "Lookup keys of {@link " + catalog.simpleName() + "} in bucket " + bucket + " of "
        + buckets.count() + " ({@code ModelCatalog.keyBucket}).\nA compact key is given as the id or alias whose"
        + " form it is.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(catalog.models()));
  }

  /**
   * One statement a key, in the bucket's order, calling the sink's method for the key's kind ({@code sink.id},
   * {@code sink.alias}, {@code sink.normalized}, {@code sink.compact}): shorter than naming the kind, and the
   * registry's sink then never loads the kind's class.
   */
  static CodeBlock statements(List<KeyBuckets.Entry> keys) {
    CodeBlock.Builder statements = CodeBlock.builder();
    for (KeyBuckets.Entry entry : keys) {
      statements.addStatement("sink.$N($L, $L)", entry.key().kind().name().toLowerCase(Locale.ROOT),
          StringLiterals.of(entry.key().source()), entry.index());
    }
    return statements.build();
  }

  private static MethodSpec.Builder keysMethod(String name) {
    return MethodSpec.methodBuilder(name).addParameter(RuntimeTypes.KEY_SINK, "sink");
  }
}
