package dev.modelcatalog.processor.diag;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Which failures mean a processor path without the processor's dependencies, and the class they name. */
class DiagnosticsTest {

  @Test
  void missingClass_namesTheClassALinkageFailureCouldNotFind() {
    assertThat(Diagnostics.missingClass(new NoClassDefFoundError("com/squareup/javapoet/TypeSpec")))
        .isEqualTo("com.squareup.javapoet.TypeSpec");
    assertThat(Diagnostics.missingClass(new ClassNotFoundException("com.fasterxml.jackson.core.JsonFactory")))
        .isEqualTo("com.fasterxml.jackson.core.JsonFactory");
  }

  @Test
  void missingClass_isFoundAmongTheCauses() {
    RuntimeException wrapped = new IllegalStateException("reading the catalog",
        new RuntimeException(new NoClassDefFoundError("org/apache/commons/text/similarity/LevenshteinDistance")));
    assertThat(Diagnostics.missingClass(wrapped)).isEqualTo("org.apache.commons.text.similarity.LevenshteinDistance");
  }

  /** "Could not initialize class X" names a class that was found (its initializer failed): a bug, not a path. */
  @Test
  void missingClass_isNullForMessagesThatNameNoMissingClass() {
    assertThat(Diagnostics.missingClass(new NoClassDefFoundError("Could not initialize class com.example.Rules")))
        .isNull();
    assertThat(Diagnostics.missingClass(new NoClassDefFoundError(" com/example/Rules"))).isNull();
    assertThat(Diagnostics.missingClass(new NoClassDefFoundError(""))).isNull();
    assertThat(Diagnostics.missingClass(new NoClassDefFoundError())).isNull();
    assertThat(Diagnostics.missingClass(new IllegalStateException("com/example/Rules"))).isNull();
  }
}
