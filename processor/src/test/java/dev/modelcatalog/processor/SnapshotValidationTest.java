package dev.modelcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelcatalog.processor.Compilations.provider;
import static dev.modelcatalog.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Dated snapshots ({@code @Snapshot}): each message's code, and the file and line it is reported on. */
class SnapshotValidationTest {

  private static final JavaFileObject PROVIDER = provider("test.acme", "acme");

  private static JavaFileObject stub(String simpleName, String... annotationLines) {
    return stubIn("test.acme", simpleName, annotationLines);
  }

  private static JavaFileObject stubIn(String pkg, String simpleName, String... annotationLines) {
    return Compilations.stub(pkg, simpleName, annotationLines);
  }


  /** A snapshot stub of family {@code rocket}, the model id being {@code rocket-<date>}. */
  private static JavaFileObject snapshot(String simpleName, String date, boolean latest) {
    return stub(simpleName,
        "@Model(id = \"rocket-" + date + "\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\",",
        "    date = \"" + date + "\",",
        "    latest = " + latest + ")");
  }

  private static Compilation compile(JavaFileObject... files) {
    return Compilations.compile(List.of(files));
  }

  @Test
  void family_withOneLatest_compiles() {
    assertThat(compile(PROVIDER, snapshot("May", "2024-05-13", false), snapshot("August", "2024-08-06", true)))
        .succeededWithoutWarnings();
  }

  @Test
  void duplicateDate_reportedOnBothSnapshots() {
    JavaFileObject first = snapshot("First", "2024-08-06", true);
    JavaFileObject second = stub("Second",
        "@Model(id = \"rocket-copy\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\",",
        "    date = \"2024-08-06\")");
    Compilation c = compile(PROVIDER, first, second);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[duplicate-snapshot-date] family 'rocket' already has a snapshot dated"
        + " 2024-08-06: test.acme.Second").inFile(first).onLineContaining("date = \"2024-08-06\"");
    assertThat(c).hadErrorContaining("[duplicate-snapshot-date] family 'rocket' already has a snapshot dated"
        + " 2024-08-06: test.acme.First").inFile(second).onLineContaining("date = \"2024-08-06\"");
  }

  @Test
  void noLatest_isErrorOnTheNewestSnapshot() {
    JavaFileObject older = snapshot("May", "2024-05-13", false);
    JavaFileObject newer = snapshot("August", "2024-08-06", false);
    Compilation c = compile(PROVIDER, older, newer);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[snapshot-no-latest] family 'rocket' has no snapshot marked latest = true;"
        + " mark its newest snapshot, test.acme.August").inFile(newer).onLineContaining("family = \"rocket\"");
  }

  @Test
  void twoLatest_reportedOnBoth() {
    JavaFileObject older = snapshot("May", "2024-05-13", true);
    JavaFileObject newer = snapshot("August", "2024-08-06", true);
    Compilation c = compile(PROVIDER, older, newer);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[snapshot-many-latest] family 'rocket' has another snapshot marked"
        + " latest = true, test.acme.August").inFile(older).onLineContaining("latest = true");
    assertThat(c).hadErrorContaining("[snapshot-many-latest]").inFile(newer).onLineContaining("latest = true");
  }

  @Test
  void latestNotNewest_isErrorNamingTheNewer() {
    JavaFileObject older = snapshot("May", "2024-05-13", true);
    JavaFileObject newer = snapshot("August", "2024-08-06", false);
    Compilation c = compile(PROVIDER, older, newer);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[snapshot-latest-not-newest] test.acme.May is marked latest of family"
        + " 'rocket', but test.acme.August is newer (2024-08-06)").inFile(older).onLineContaining("latest = true");
  }

  /** Snapshots are compared by date, not in the catalog's order (by id), where the newer one comes first here. */
  @Test
  void latestNotNewest_whenTheIdsSortTheOtherWay_isErrorNamingTheNewer() {
    JavaFileObject older = stub("Older",
        "@Model(id = \"rocket-b\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\", date = \"2024-05-13\",",
        "    latest = true)");
    JavaFileObject newer = stub("Newer",
        "@Model(id = \"rocket-a\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\")");
    Compilation c = compile(PROVIDER, older, newer);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[snapshot-latest-not-newest] test.acme.Older is marked latest of family"
        + " 'rocket', but test.acme.Newer is newer (2024-08-06)").inFile(older).onLineContaining("latest = true");
  }

  /** A snapshot whose family id is invalid is left out of the family checks: one error, not a cascade. */
  @Test
  void familyId_invalid_isTheOnlyError() {
    JavaFileObject stub = stub("Spaced",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"has space\",",
        "    date = \"2024-08-06\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[id-whitespace] @Snapshot family: 'has space' contains whitespace")
        .inFile(stub).onLineContaining("family = \"has space\"");
  }

  @Test
  void date_notIsoFormat_isErrorOnDate() {
    JavaFileObject stub = snapshot("August", "2024-8-6", true);
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[snapshot-date-invalid] date '2024-8-6'").inFile(stub)
        .onLineContaining("date = \"2024-8-6\"");
  }

  @Test
  void date_notACalendarDay_isErrorOnDate() {
    JavaFileObject stub = snapshot("February", "2024-02-30", true);
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorContaining("[snapshot-date-invalid] date '2024-02-30'").inFile(stub)
        .onLineContaining("date = \"2024-02-30\"");
  }

  @Test
  void familyId_invalid_isErrorOnFamily() {
    JavaFileObject stub = stub("August",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(date = \"2024-08-06\", latest = true,",
        "    family = \"rocket launcher\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[id-whitespace] @Snapshot family:").inFile(stub)
        .onLineContaining("rocket launcher");
  }

  @Test
  void familyId_isAnotherModelsId_reportedOnBoth() {
    JavaFileObject snapshot = snapshot("August", "2024-08-06", true);
    JavaFileObject owner = stub("Rocket", "@Model(id = \"rocket\", contextWindow = 8192)");
    Compilation c = compile(PROVIDER, snapshot, owner);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[family-id-clash] family id 'rocket' of test.acme.August is the id of"
        + " test.acme.Rocket").inFile(snapshot).onLineContaining("family = \"rocket\"");
    assertThat(c).hadErrorContaining("[family-id-clash]").inFile(owner).onLineContaining("id = \"rocket\"");
  }

  @Test
  void familyId_isAnotherModelsAlias_reportedOnBoth() {
    JavaFileObject snapshot = snapshot("August", "2024-08-06", true);
    JavaFileObject owner = stub("Booster",
        "@Model(id = \"booster\", contextWindow = 8192,",
        "    aliases = {\"rocket\"})");
    Compilation c = compile(PROVIDER, snapshot, owner);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[family-id-clash] family id 'rocket' of test.acme.August is an alias of"
        + " test.acme.Booster").inFile(snapshot).onLineContaining("family = \"rocket\"");
    assertThat(c).hadErrorContaining("[family-id-clash]").inFile(owner).onLineContaining("aliases = {\"rocket\"}");
  }

  @Test
  void familyId_normalizesLikeAnotherModelsId_isError() {
    JavaFileObject snapshot = stub("August",
        "@Model(id = \"gpt-4o-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"gpt-4o\", date = \"2024-08-06\", latest = true)");
    JavaFileObject owner = stub("Other", "@Model(id = \"GPT_4o\", contextWindow = 8192)");
    Compilation c = compile(PROVIDER, snapshot, owner);
    assertThat(c).hadErrorContaining("[family-id-clash] family id 'gpt-4o' of test.acme.August normalizes like"
        + " the id of test.acme.Other").inFile(snapshot).onLineContaining("family = \"gpt-4o\"");
    assertThat(c).hadErrorContaining("[family-id-clash]").inFile(owner).onLineContaining("GPT_4o");
  }

  @Test
  void familyId_normalizesLikeAnotherModelsAlias_reportedOnBoth() {
    JavaFileObject snapshot = stub("August",
        "@Model(id = \"gpt-4o-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"gpt-4o\", date = \"2024-08-06\", latest = true)");
    JavaFileObject other = stub("Other",
        "@Model(id = \"other-model\", contextWindow = 8192,",
        "    aliases = {\"GPT_4O\"})");
    Compilation c = compile(PROVIDER, snapshot, other);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[normalized-key-collision] the family id 'gpt-4o' normalizes to 'gpt-4o', as"
        + " does an alias 'GPT_4O' of test.acme.Other").inFile(snapshot).onLineContaining("family = \"gpt-4o\"");
    assertThat(c).hadErrorContaining("[normalized-key-collision] an alias 'GPT_4O' normalizes to 'gpt-4o', as does"
        + " the family id 'gpt-4o' of test.acme.August").inFile(other).onLineContaining("GPT_4O");
  }

  @Test
  void familyIds_ofTwoFamiliesNormalizingAlike_reportedOnBoth() {
    JavaFileObject first = stub("August",
        "@Model(id = \"gpt-4o-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"gpt-4o\", date = \"2024-08-06\", latest = true)");
    JavaFileObject second = stub("May",
        "@Model(id = \"gpt-4o-2024-05-13\", contextWindow = 8192)",
        "@Snapshot(family = \"gpt_4o\", date = \"2024-05-13\", latest = true)");
    Compilation c = compile(PROVIDER, first, second);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[normalized-key-collision] the family id 'gpt-4o' normalizes to 'gpt-4o', as"
        + " does the family id 'gpt_4o' of test.acme.May").inFile(first).onLineContaining("family = \"gpt-4o\"");
    assertThat(c).hadErrorContaining("[normalized-key-collision]").inFile(second)
        .onLineContaining("family = \"gpt_4o\"");
  }

  @Test
  void familyId_sameCompactKeyAsAnotherModelsId_isWarningOnBoth() {
    JavaFileObject snapshot = stub("August",
        "@Model(id = \"gpt-4o-2024-08-06\", contextWindow = 8192)",
        "@Snapshot(family = \"gpt-4o\", date = \"2024-08-06\", latest = true)");
    JavaFileObject other = stub("Other", "@Model(id = \"gpt4o\", contextWindow = 8192)");
    Compilation c = compile(PROVIDER, snapshot, other);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(2);
    assertThat(c).hadWarningContaining("[compact-key-collision] the family id 'gpt-4o' has the compact key 'gpt4o',"
        + " as does the id 'gpt4o' of test.acme.Other").inFile(snapshot).onLineContaining("family = \"gpt-4o\"");
    assertThat(c).hadWarningContaining("[compact-key-collision]").inFile(other).onLineContaining("id = \"gpt4o\"");
  }

  @Test
  void familyId_explicitAliasOfItsSnapshot_isCheckedOnceAsThatAlias() {
    JavaFileObject snapshot = stub("August",
        "@Model(id = \"gpt-4o-2024-08-06\", contextWindow = 8192, aliases = {\"gpt-4o\"})",
        "@Snapshot(family = \"gpt-4o\", date = \"2024-08-06\", latest = true)");
    JavaFileObject other = stub("Other", "@Model(id = \"other-model\", contextWindow = 8192, aliases = {\"GPT_4O\"})");
    Compilation c = compile(PROVIDER, snapshot, other);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[normalized-key-collision] an alias 'gpt-4o'").inFile(snapshot)
        .onLineContaining("aliases = {\"gpt-4o\"}");
    assertThat(c).hadErrorContaining("[normalized-key-collision]").inFile(other).onLineContaining("GPT_4O");
  }

  @Test
  void familyId_isItsOwnSnapshotsId_isError() {
    JavaFileObject stub = stub("Rocket",
        "@Model(id = \"rocket\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[family-id-clash] family id 'rocket' of test.acme.Rocket is the id of"
        + " test.acme.Rocket").inFile(stub).onLineContaining("family = \"rocket\"");
  }

  @Test
  void latestAlreadyHasFamilyAlias_compiles() {
    JavaFileObject stub = stub("August",
        "@Model(id = \"rocket-2024-08-06\", contextWindow = 8192, aliases = {\"rocket\"})",
        "@Snapshot(family = \"rocket\", date = \"2024-08-06\", latest = true)");
    assertThat(compile(PROVIDER, stub)).succeededWithoutWarnings();
  }

  @Test
  void family_acrossTwoProviders_reportedOnBoth() {
    JavaFileObject other = provider("test.other", "other");
    JavaFileObject here = snapshot("August", "2024-08-06", true);
    JavaFileObject there = stubIn("test.other", "May",
        "@Model(id = \"rocket-2024-05-13\", contextWindow = 8192)",
        "@Snapshot(family = \"rocket\", date = \"2024-05-13\")");
    Compilation c = compile(PROVIDER, other, here, there);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[snapshot-family-split] family 'rocket' also has snapshot test.other.May in"
        + " package test.other").inFile(here).onLineContaining("family = \"rocket\"");
    assertThat(c).hadErrorContaining("[snapshot-family-split] family 'rocket' also has snapshot test.acme.August")
        .inFile(there).onLineContaining("family = \"rocket\"");
  }

  @Test
  void snapshotWithoutModel_isError() {
    JavaFileObject stub = stub("Orphan", "@Snapshot(family = \"rocket\", date = \"2024-08-06\")");
    Compilation c = compile(PROVIDER, stub);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[annotation-without-model] @Snapshot on Orphan").inFile(stub)
        .onLineContaining("@Snapshot");
  }
}
