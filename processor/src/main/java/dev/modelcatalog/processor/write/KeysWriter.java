package dev.modelcatalog.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelcatalog.processor.Names;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.KeySpec;
import dev.modelcatalog.processor.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The lookup keys of one shard's models, as literal calls to a {@code KeySink}. They live in a class of their
 * own, beside the shard, because a class's constant pool holds at most 65,535 entries: the keys of 10,000 models
 * would not fit in the catalog class, and keeping them apart from the definitions lets the registry index every
 * key without building a single definition.
 */
final class KeysWriter {

  /** Keys per method: about 15 bytes of bytecode each, so a method stays far below the 64 KB limit. */
  private static final int KEYS_PER_METHOD = 1024;

  private KeysWriter() {}

  static JavaFile write(CatalogSpec catalog, int shard) {
    List<ModelSpec> models = catalog.shard(shard);
    int first = shard * Names.SHARD_SIZE;
    List<CodeBlock> parts = new ArrayList<>();
    CodeBlock.Builder part = CodeBlock.builder();
    int keysInPart = 0;
    for (int i = 0; i < models.size(); i++) {
      ModelSpec model = models.get(i);
      if (keysInPart > 0 && keysInPart + model.keys().size() > KEYS_PER_METHOD) {
        parts.add(part.build());
        part = CodeBlock.builder();
        keysInPart = 0;
      }
      for (KeySpec key : model.keys()) {
        part.addStatement("sink.key($T.$N, $S, $L)", RuntimeTypes.KEY_KIND, key.kind().name(), key.key(), first + i);
      }
      keysInPart += model.keys().size();
    }
    parts.add(part.build());

    TypeSpec.Builder type = TypeSpec.classBuilder(Names.keysSimpleName(catalog.simpleName(), shard))
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder keys = MethodSpec.methodBuilder("keys")
        .addModifiers(Modifier.STATIC)
        .addParameter(RuntimeTypes.KEY_SINK, "sink");
    if (parts.size() == 1) {
      keys.addCode(parts.get(0));
    } else {
      for (int p = 0; p < parts.size(); p++) {
        keys.addStatement("keys$L(sink)", p);
      }
    }
    type.addMethod(keys.build());
    if (parts.size() > 1) {
      for (int p = 0; p < parts.size(); p++) {
        type.addMethod(MethodSpec.methodBuilder("keys" + p)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(RuntimeTypes.KEY_SINK, "sink")
            .addCode(parts.get(p))
            .build());
      }
    }
    String javadoc = "Lookup keys of models " + first + " to " + (first + models.size() - 1) + " of {@link "
        + catalog.simpleName() + "}.";
    return SourceFiles.file(catalog.packageName(), type, javadoc, catalog.originatingElements(models));
  }
}
