package dev.modelcatalog.processor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: how many entries it read, which stubs it wrote, the routes it found, and one
 * {@link ReportLine} for everything it did not take as is. Every source entry is a canonical model (in
 * {@link #stubs()}), a route (in {@link #routes()}), or has a line saying why it was skipped; nothing is dropped
 * silently. {@link #toMarkdown()} renders the readable report that {@link CatalogImporter#importFile} writes.
 */
public final class ImportReport {

  private final String format;
  private final int sourceEntries;
  private final Map<String, String> stubs;
  private final List<RouteRecord> routes;
  private final boolean routesWritten;
  private final List<ReportLine> lines;
  private final Map<String, Integer> fieldsNotImported;

  ImportReport(String format, int sourceEntries, Map<String, String> stubs, List<RouteRecord> routes,
      boolean routesWritten, List<ReportLine> lines, Map<String, Integer> fieldsNotImported) {
    this.format = format;
    this.sourceEntries = sourceEntries;
    this.stubs = Map.copyOf(stubs);
    this.routes = List.copyOf(routes);
    this.routesWritten = routesWritten;
    this.lines = List.copyOf(lines);
    this.fieldsNotImported = Map.copyOf(fieldsNotImported);
  }

  /** The source format's name, e.g. {@code models.dev}. */
  public String format() {
    return format;
  }

  /** Number of model entries in the source, over all providers. */
  public int sourceEntries() {
    return sourceEntries;
  }

  /** Canonical model id to the qualified name of its stub, sorted by id. */
  public Map<String, String> stubs() {
    return new TreeMap<>(stubs);
  }

  /** The routes found, in canonical id then priority order. */
  public List<RouteRecord> routes() {
    return routes;
  }

  /** Whether the routes were written as {@code @Route} annotations (else they are in this report only). */
  public boolean routesWritten() {
    return routesWritten;
  }

  /**
   * How many routes the stubs carry as {@code @Route}: with {@link #routesWritten()}, those through a built-in
   * platform (a route through another platform is listed in the report, for a {@code @Platform} to declare); else
   * none.
   */
  public int routesAnnotated() {
    return routesWritten ? (int) routes.stream().filter(RouteWriter::builtInPlatform).count() : 0;
  }

  /** Every line, grouped by entry in source order. */
  public List<ReportLine> lines() {
    return lines;
  }

  /** The lines about one entry. */
  public List<ReportLine> linesFor(String provider, String sourceId) {
    List<ReportLine> found = new ArrayList<>();
    for (ReportLine line : lines) {
      if (line.provider().equals(provider) && line.sourceId().equals(sourceId)) {
        found.add(line);
      }
    }
    return found;
  }

  /** The lines of one category. */
  public List<ReportLine> lines(Category category) {
    List<ReportLine> found = new ArrayList<>();
    for (ReportLine line : lines) {
      if (line.category() == category) {
        found.add(line);
      }
    }
    return found;
  }

  /** Source fields the catalog has no place for, with the number of entries that have each. */
  public Map<String, Integer> fieldsNotImported() {
    return new TreeMap<>(fieldsNotImported);
  }

  /** The report as Markdown: a summary, then one table per category. */
  public String toMarkdown() {
    return ReportWriter.markdown(this);
  }

  @Override
  public String toString() {
    return "ImportReport[" + format + ": " + sourceEntries + " entries, " + stubs.size() + " models, "
        + routes.size() + " routes, " + lines.size() + " lines]";
  }
}
