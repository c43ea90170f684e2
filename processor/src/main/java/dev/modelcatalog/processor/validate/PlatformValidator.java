package dev.modelcatalog.processor.validate;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.RouteStatus;
import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.AnnotationDeclaration;
import dev.modelcatalog.processor.read.ProviderDeclaration;
import dev.modelcatalog.runtime.Platform;
import dev.modelcatalog.runtime.ProviderInfo;
import dev.modelcatalog.runtime.RouteRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a provider package's metadata and the platforms it declares ({@code @Platform}): platform ids follow
 * {@link RouteRules#isPlatformId}, repeat neither a built-in platform nor another declaration, and URLs are
 * {@code http://} or {@code https://}. Platforms with errors are left out of the result.
 */
public final class PlatformValidator {

  /**
   * The outcome: what was found, the provider's metadata, its valid platforms, and the id of every platform it
   * declares with a well-formed id, those with errors included (a route to one of them is not called unknown as
   * well: the platform's own error says what to fix).
   */
  public record Result(Report report, ProviderInfo providerInfo, List<Platform> platforms, Set<String> declaredIds) {}

  private static final Set<String> BUILT_IN = builtInIds();

  public Result validate(ProviderDeclaration provider) {
    Report report = new Report();
    AnnotationDeclaration annotation = provider.annotation();
    ProviderInfo info;
    try {
      url(annotation, "docsUrl", report);
      info = new ProviderInfo(provider.id(), provider.name(), annotation.string("docsUrl"),
          AuthType.valueOf(annotation.enumName("authType")));
    } catch (AnnotationDeclaration.UnreadableValueException e) {
      info = ProviderInfo.of(provider.id()); // javac reports the broken value itself
    }
    List<Platform> platforms = new ArrayList<>();
    Set<String> declaredIds = new TreeSet<>();
    Map<String, AnnotationDeclaration> seen = new HashMap<>();
    for (AnnotationDeclaration platform : provider.platforms()) {
      try {
        String id = platform.string("id");
        if (RouteRules.isPlatformId(id)) {
          declaredIds.add(id);
        }
        platform(provider, platform, id, seen, report).ifPresent(platforms::add);
      } catch (AnnotationDeclaration.UnreadableValueException e) {
        // javac reports the broken value itself
      }
    }
    return new Result(report, info, List.copyOf(platforms), Set.copyOf(declaredIds));
  }

  private static Optional<Platform> platform(ProviderDeclaration provider, AnnotationDeclaration platform,
      String id, Map<String, AnnotationDeclaration> seen, Report report) {
    int found = report.size();
    if (!RouteRules.isPlatformId(id)) {
      report.add(Finding.of(Message.PLATFORM_ID_INVALID, platform.locate("id"), id));
    } else if (BUILT_IN.contains(id)) {
      report.add(Finding.of(Message.PLATFORM_BUILT_IN, platform.locate("id"), id));
    } else if (seen.putIfAbsent(id, platform) != null) {
      report.add(Finding.of(Message.DUPLICATE_PLATFORM, platform.locate("id"), id, provider.packageName()));
    }
    url(platform, "baseUrl", report);
    url(platform, "docsUrl", report);
    if (report.size() > found) {
      return Optional.empty();
    }
    return Optional.of(new Platform(id, platform.string("name"), platform.string("baseUrl"),
        platform.string("docsUrl"), AuthType.valueOf(platform.enumName("authType")),
        RouteStatus.valueOf(platform.enumName("status"))));
  }

  /** An optional URL attribute: empty, or starting with {@code http://} or {@code https://}. */
  private static void url(AnnotationDeclaration annotation, String attribute, Report report) {
    String url = annotation.string(attribute);
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      report.add(Finding.of(Message.URL_INVALID, annotation.locate(attribute), attribute, url));
    }
  }

  private static Set<String> builtInIds() {
    Set<String> ids = new TreeSet<>();
    Platform.builtIn().forEach(platform -> ids.add(platform.id()));
    return Set.copyOf(ids);
  }
}
