package dev.modelcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void catalogSimpleName_followsTheDocumentedRule() {
    assertEquals("OpenAiCatalog", Names.catalogSimpleName("openai"));
    assertEquals("MetaCatalog", Names.catalogSimpleName("meta"));
    assertEquals("DeepseekCatalog", Names.catalogSimpleName("deepseek"));
    assertEquals("DeepSeekCatalog", Names.catalogSimpleName("deep-seek"));
    assertEquals("MistralAiCatalog", Names.catalogSimpleName("mistralai"));
    assertEquals("XaiCatalog", Names.catalogSimpleName("xai"));
    assertEquals("Provider01AiCatalog", Names.catalogSimpleName("01.ai"));
  }

  @Test
  void constantName_isUpperSnakeCase() {
    assertEquals("GPT_4O", Names.constantName("Gpt4o"));
    assertEquals("GPT_OSS_120B", Names.constantName("GptOss120b"));
    assertEquals("TEXT_EMBEDDING_3_SMALL", Names.constantName("TextEmbedding3Small"));
    assertEquals("LLAMA_31_8B_INSTRUCT", Names.constantName("Llama31_8bInstruct"));
    assertEquals("HTTP_SERVER", Names.constantName("HTTPServer"));
  }

  @Test
  void methodName_isLowerCamelAndNeverAKeyword() {
    assertEquals("gpt4o", Names.methodName("Gpt4o"));
    assertEquals("familyLarge", Names.methodName("Family.Large"));
    assertEquals("int_", Names.methodName("Int"));
  }

  @Test
  void methodName_isNeverARestrictedIdentifier() {
    assertEquals("yield_", Names.methodName("Yield"));
    assertEquals("record_", Names.methodName("Record"));
    assertEquals("var_", Names.methodName("Var"));
    assertEquals("sealed_", Names.methodName("Sealed"));
    assertEquals("permits_", Names.methodName("Permits"));
    assertEquals("yielding", Names.methodName("Yielding"));
  }

  @Test
  void indexSimpleName_isUnambiguousForUnderscores() {
    assertEquals("a_b__c_D", Names.indexSimpleName("a.b_c.D"));
  }
}
