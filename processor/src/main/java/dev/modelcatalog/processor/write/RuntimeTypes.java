package dev.modelcatalog.processor.write;

import com.palantir.javapoet.ClassName;

/** The types generated code refers to, in one place. */
final class RuntimeTypes {

  private RuntimeTypes() {}

  private static final String RUNTIME = "dev.modelcatalog.runtime";
  private static final String ANNOTATIONS = "dev.modelcatalog.annotations";

  static final ClassName MODEL_CATALOG = ClassName.get(RUNTIME, "ModelCatalog");
  static final ClassName KEY_SINK = MODEL_CATALOG.nestedClass("KeySink");
  static final ClassName MODEL_DEFINITION = ClassName.get(RUNTIME, "ModelDefinition");
  static final ClassName CAPABILITIES = ClassName.get(RUNTIME, "Capabilities");
  static final ClassName LATENCY_PROFILE = ClassName.get(RUNTIME, "LatencyProfile");
  static final ClassName MOE_CONFIG = ClassName.get(RUNTIME, "MoEConfig");
  static final ClassName PRICING = ClassName.get(RUNTIME, "Pricing");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "Route");
  static final ClassName PLATFORM = ClassName.get(RUNTIME, "Platform");
  static final ClassName PROVIDER_INFO = ClassName.get(RUNTIME, "ProviderInfo");
  static final ClassName SNAPSHOT = ClassName.get(RUNTIME, "Snapshot");
  static final ClassName AUTH_TYPE = ClassName.get(ANNOTATIONS, "AuthType");
  static final ClassName ROUTE_STATUS = ClassName.get(ANNOTATIONS, "RouteStatus");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
  static final ClassName CAPABILITY_PRESET = ClassName.get(ANNOTATIONS, "CapabilityPreset");
  static final ClassName MOE_ARCHITECTURE = ClassName.get(ANNOTATIONS, "MoEArchitecture");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  // model facts
  static final ClassName MODALITY = ClassName.get(RUNTIME, "Modality");
  static final ClassName MODEL_STATUS = ClassName.get(RUNTIME, "ModelStatus");
  static final ClassName ARCHITECTURE_FAMILY = ClassName.get(ANNOTATIONS, "ArchitectureFamily");
  static final ClassName REQUEST_PARAMETER = ClassName.get(ANNOTATIONS, "RequestParameter");
}
