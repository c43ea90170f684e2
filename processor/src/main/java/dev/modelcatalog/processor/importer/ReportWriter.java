package dev.modelcatalog.processor.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders an {@link ImportReport} as Markdown: a summary, the fields not imported, then one table per category. */
final class ReportWriter {

  private ReportWriter() {}

  static String markdown(ImportReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# Import report\n\n");
    out.append("Source format: ").append(report.format()).append(".\n\n");
    out.append("| | count |\n|---|---:|\n");
    out.append("| source entries | ").append(report.sourceEntries()).append(" |\n");
    out.append("| canonical models (one stub each) | ").append(report.stubs().size()).append(" |\n");
    int annotated = report.routesAnnotated();
    if (annotated > 0) {
      out.append("| routes (written as @Route) | ").append(annotated).append(" |\n");
    }
    if (annotated < report.routes().size()) {
      out.append("| routes (listed below, not written").append(report.routesWritten() ? ": no built-in platform" : "")
          .append(") | ").append(report.routes().size() - annotated).append(" |\n");
    }
    out.append("| entries not imported | ").append(report.lines(Category.SKIPPED).size()).append(" |\n");
    for (Category category : Category.values()) {
      int count = report.lines(category).size();
      if (count > 0) {
        out.append("| lines: ").append(category.code()).append(" | ").append(count).append(" |\n");
      }
    }
    out.append('\n');
    Map<String, Integer> fields = report.fieldsNotImported();
    if (!fields.isEmpty()) {
      out.append("## Source fields without a place in the catalog\n\n| field | entries |\n|---|---:|\n");
      fields.forEach((field, count) -> out.append("| `").append(cell(field)).append("` | ").append(count)
          .append(" |\n"));
      out.append('\n');
    }
    for (Category category : Category.values()) {
      if (category == Category.CLASS_NAME_DERIVED) {
        continue; // long and routine: last
      }
      section(out, category, report.lines(category));
      if (category == Category.ROUTE && !report.routes().isEmpty()) {
        routes(out, report);
      }
    }
    section(out, Category.CLASS_NAME_DERIVED, report.lines(Category.CLASS_NAME_DERIVED));
    return out.toString();
  }

  private static void section(StringBuilder out, Category category, List<ReportLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("## ").append(category.title()).append(" (").append(lines.size()).append(", `")
        .append(category.code()).append("`)\n\n| entry | reason | action |\n|---|---|---|\n");
    for (ReportLine line : lines) {
      out.append("| `").append(cell(line.entry())).append("` | ").append(cell(line.reason())).append(" | ")
          .append(cell(line.action())).append(" |\n");
    }
    out.append('\n');
  }

  private static void routes(StringBuilder out, ImportReport report) {
    out.append("### Routes\n\n| model | platform | model string | priority | input | output | context | output limit"
        + " | status |\n|---|---|---|---:|---:|---:|---:|---:|---|\n");
    for (RouteRecord route : report.routes()) {
      out.append("| `").append(cell(route.modelId())).append("` | ").append(cell(route.platform())).append(" | `")
          .append(cell(route.modelString())).append("` | ").append(route.priority()).append(" | ")
          .append(price(route.inputPerMillion())).append(" | ").append(price(route.outputPerMillion()))
          .append(" | ").append(route.contextWindow() == 0 ? "" : String.valueOf(route.contextWindow())).append(" | ")
          .append(route.maxOutputTokens() == 0 ? "" : String.valueOf(route.maxOutputTokens())).append(" | ")
          .append(cell(route.status().orElse(""))).append(" |\n");
    }
    out.append('\n');
  }

  private static String price(OptionalDouble price) {
    return price.isPresent() ? BigDecimal.valueOf(price.getAsDouble()).toPlainString() : "";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
