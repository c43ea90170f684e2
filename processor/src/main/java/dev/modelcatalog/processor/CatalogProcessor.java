package dev.modelcatalog.processor;

import com.google.auto.service.AutoService;
import dev.modelcatalog.processor.diag.Diagnostics;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.diag.Message;
import dev.modelcatalog.processor.read.ClasspathCatalogs;
import dev.modelcatalog.processor.read.Location;
import dev.modelcatalog.processor.read.ModelDeclaration;
import dev.modelcatalog.processor.read.ModelReader;
import dev.modelcatalog.processor.read.ProviderDeclaration;
import dev.modelcatalog.processor.read.ProviderLocations;
import dev.modelcatalog.processor.validate.CatalogValidator;
import dev.modelcatalog.processor.validate.GeneratedNameGuard;
import dev.modelcatalog.processor.validate.HiddenStubs;
import dev.modelcatalog.processor.validate.LineageValidator;
import dev.modelcatalog.processor.validate.ModelValidator;
import dev.modelcatalog.processor.validate.PlatformValidator;
import dev.modelcatalog.processor.validate.ProviderValidator;
import dev.modelcatalog.processor.validate.Report;
import dev.modelcatalog.processor.validate.RouteValidator;
import dev.modelcatalog.processor.validate.RuntimeCheck;
import dev.modelcatalog.processor.validate.SnapshotValidator;
import dev.modelcatalog.processor.validate.ValidModel;
import dev.modelcatalog.processor.write.CatalogGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Validates {@code @Model} stubs and generates one catalog per {@code @Provider} package.
 *
 * <p><b>Inputs:</b> classes annotated {@code @Model} (with {@code @Capabilities}, {@code @MoE}, {@code @Latency},
 * {@code @Pricing}, {@code @Route}, {@code @Snapshot}) in packages annotated {@code @Provider} (with
 * {@code @Platform}); the key indexes of catalogs already on the class path.
 *
 * <p><b>Outputs</b>, per provider package: {@code <Provider>Catalog} implementing {@code ModelCatalog}, shard
 * classes {@code <Provider>CatalogShard<n>} of at most 64 models each, {@code <Provider>CatalogRows} and, when
 * the keys need more than one bucket, key-bucket classes {@code <Provider>CatalogKeys<n>},
 * {@code dev/modelcatalog/index/<catalog>.ids} and a class-path index class in {@code dev.modelcatalog.index};
 * once: {@code META-INF/services/dev.modelcatalog.runtime.ModelCatalog}. Names are described in {@link Names}.
 *
 * <p><b>Options:</b> {@code -Amodelcatalog.classpathCheck=false} skips the check of ids against catalogs on the
 * class path (default {@code true}); {@code -Amodelcatalog.catalogList=com.example.AllCatalogs} writes that class,
 * whose {@code all()} names every catalog of the service file.
 *
 * <p><b>Stages</b>, per round: check the metadata and platforms of each new provider package, stubs or not
 * (each provider once); read the round's stubs ({@code read}), check each model with the runtime's rules
 * ({@code validate}), then its routes against the built-in platforms and those its provider declares; a model
 * with errors is dropped. In a round that brings new models, write the index class
 * of each newly seen catalog: besides serving later compilations, that new source guarantees javac one more
 * round. In the first round without new models, check the whole compilation (duplicates, clashes, the class
 * path, route targets, snapshot families) and, if no error was raised anywhere, write the catalogs
 * ({@code write}). That round is not the last one, so the generated sources are themselves compiled normally;
 * only if another processor adds models to an already indexed catalog in a later round do the catalogs fall back
 * to the final round. A round with no model at
 * all so far writes nothing and waits, since another processor may generate the first stubs. A stub that appears
 * after the catalogs are written is an error on its {@code @Model} ({@code late-model}): javac would compile it,
 * but no catalog would hold its model.
 *
 * <p>A stub with an annotation value javac cannot resolve yet (a constant another processor generates later) is
 * deferred to the next round and reported ({@code unresolved-value}) only if still unresolved in the last round.
 * The compilation-wide checks (duplicates and collisions, references and cycles, providers) run once the
 * compilation is complete, even when some stubs failed their own checks, so one build shows every problem; a type
 * of the compilation with a generated name is reported before anything is written.
 *
 * <p>Anything unexpected is reported as one error containing "internal error" on the stub being processed, which
 * is skipped while the others are still checked; nothing escapes to javac.
 * {@link #process} returns {@code false}, so other processors still see the annotations.
 */
@AutoService(Processor.class)
public final class CatalogProcessor extends AbstractProcessor {

  /** Option: check ids against catalogs on the class path ({@code true} unless set to {@code false}). */
  public static final String OPTION_CLASSPATH_CHECK = "modelcatalog.classpathCheck";

  /**
   * Option: the qualified name of a class to write that names every catalog the service file lists
   * ({@code all()}), for registries built without {@code ServiceLoader}; none by default.
   */
  public static final String OPTION_CATALOG_LIST = "modelcatalog.catalogList";

  private Diagnostics diagnostics;
  private ModelReader reader;
  private ModelValidator validator;
  private ClasspathCatalogs classpath;
  private CatalogGenerator generator;
  private Elements elements;
  private final GeneratedNameGuard nameGuard = new GeneratedNameGuard();
  /** Ids and aliases of models that failed their own checks: they exist, so references to them are not unknown. */
  private final Set<String> rejectedNames = new HashSet<>();
  /** The models that failed their own checks: their ids and aliases still take part in the exact-key checks. */
  private final List<ModelDeclaration> rejected = new ArrayList<>();
  private boolean checkClasspath;
  /** The class {@link #OPTION_CATALOG_LIST} names, or null. */
  private String catalogList;
  private final PlatformValidator platformValidator = new PlatformValidator();
  private final RouteValidator routeValidator = new RouteValidator();
  /** Each provider package's checked metadata and platforms, by package name. */
  private final Map<String, PlatformValidator.Result> providers = new HashMap<>();

  /** Models that passed their own checks, across rounds. */
  private final List<ValidModel> models = new ArrayList<>();
  /** Catalogs whose index class is written. */
  private final Set<String> indexedCatalogs = new HashSet<>();
  private boolean catalogsDone;
  /** The element being processed, for reporting the unexpected. */
  private Element current;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env);
    reader = new ModelReader(env.getElementUtils(), diagnostics);
    validator = new ModelValidator(env.getElementUtils());
    classpath = new ClasspathCatalogs(env.getElementUtils(), env.getFiler(), diagnostics);
    generator = new CatalogGenerator(env.getFiler());
    elements = env.getElementUtils();
    checkClasspath = !"false".equals(env.getOptions().get(OPTION_CLASSPATH_CHECK));
    catalogList = env.getOptions().get(OPTION_CATALOG_LIST);
    if (catalogList != null && catalogList.isBlank()) {
      catalogList = null; // javac passes "-Aname=" on as no value; an empty property in a build file means none
    }
    if (catalogList != null && (!SourceVersion.isName(catalogList) || catalogList.indexOf('.') < 0)) {
      diagnostics.report(Message.CATALOG_LIST_NAME_INVALID, null, null, null, catalogList);
      catalogList = null;
    }
    HiddenStubs.watch(env, ModelReader.annotationNames());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ModelReader.annotationNames();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_CLASSPATH_CHECK, OPTION_CATALOG_LIST);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    current = null;
    try {
      processRound(round);
    } catch (Throwable unexpected) {
      diagnostics.internalError(current, unexpected);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    nameGuard.recordRound(round);
    checkProviders(round);
    boolean newModels = reader.hasModels(round) || reader.hasDeferred();
    List<ModelDeclaration> declarations = reader.read(round);
    if (catalogsDone) {
      // javac would compile a stub that appears now, but the catalogs are written: none would hold its model.
      declarations.forEach(this::reportLate);
      if (round.processingOver() && reader.hasDeferred()) {
        reportUnresolved();
      }
      return;
    }
    for (ModelDeclaration declaration : declarations) {
      current = declaration.element();
      validate(declaration);
    }
    current = null;
    if (reader.hasDeferred()) {
      if (round.processingOver()) {
        catalogsDone = true;
        reportUnresolved();
      }
      return;
    }
    if (newModels && !round.processingOver()) {
      if (!diagnostics.errorRaised() && !round.errorRaised()) {
        writeNewIndexClasses();
      }
      return;
    }
    if (models.isEmpty() && !round.processingOver()) {
      // Nothing to write yet: another processor may still generate the compilation's first stubs.
      return;
    }
    // The first round without new models (or the last round): the compilation is complete, check it as a whole.
    catalogsDone = true;
    if (!models.isEmpty()) {
      addCompiledStubs();
      checkAndWriteCatalogs(round);
    }
  }

  /**
   * Adds the stubs of the compilation's provider packages that were compiled earlier and are not recompiled now
   * (found as class files), so that a catalog holds every model of its package however little was recompiled.
   */
  private void addCompiledStubs() {
    Set<String> packages = new TreeSet<>();
    models.forEach(model -> packages.add(model.declaration().provider().packageName()));
    for (ModelDeclaration declaration : reader.readCompiled(packages)) {
      current = declaration.element();
      validate(declaration);
    }
    current = null;
  }

  /** A stub that appeared after the catalogs were written: an error on its {@code @Model}, not a silent gap. */
  private void reportLate(ModelDeclaration declaration) {
    String id;
    try {
      id = declaration.model().string("id");
    } catch (RuntimeException unreadable) {
      id = "?";
    }
    diagnostics.report(Message.LATE_MODEL, declaration.element(), declaration.model().mirror(), null,
        declaration.qualifiedName(), id);
  }

  /** Checks one model; an unexpected failure is reported on its stub and does not stop the others. */
  private void validate(ModelDeclaration declaration) {
    try {
      ModelValidator.Result result = validator.validate(declaration);
      result.report().printTo(diagnostics);
      if (result.model().isEmpty() || !validateRoutes(result.model().get())) {
        reject(declaration);
      }
    } catch (RuntimeException unexpected) {
      diagnostics.internalError(declaration.element(), unexpected);
      reject(declaration);
    }
  }

  private void reject(ModelDeclaration declaration) {
    rejectedNames.addAll(namesOf(declaration));
    rejected.add(declaration);
  }

  /** The id and aliases as written, or none when they cannot be read; then the snapshot family, if readable. */
  private static List<String> namesOf(ModelDeclaration declaration) {
    List<String> names = new ArrayList<>();
    try {
      names.addAll(declaration.model().strings("aliases"));
      names.add(declaration.model().string("id"));
    } catch (RuntimeException unreadable) {
      names.clear();
    }
    // A snapshot stub may be the one its family id would find, so a reference to the family is not unknown.
    try {
      declaration.snapshot().ifPresent(snapshot -> names.add(snapshot.string("family")));
    } catch (RuntimeException unreadable) {
      // javac reports the broken value itself
    }
    return names;
  }

  /** Reports the values still unresolved in the last round, unless an error already explains the compilation. */
  private void reportUnresolved() {
    if (diagnostics.errorRaised()) {
      return;
    }
    for (Location at : reader.unresolved()) {
      Element element = at.element();
      String owner = element instanceof QualifiedNameable named ? named.getQualifiedName().toString()
          : element.getSimpleName().toString();
      diagnostics.report(Message.UNRESOLVED_VALUE, element, at.mirror(), at.value(),
          "@" + at.mirror().getAnnotationType().asElement().getSimpleName(), owner);
    }
  }

  /**
   * Checks the metadata and platforms of the round's provider packages: a package without a valid stub would
   * otherwise never be checked. An unexpected failure is reported on its package and does not stop the others.
   */
  private void checkProviders(RoundEnvironment round) {
    for (ProviderDeclaration provider : reader.readProviders(round)) {
      try {
        platformsOf(provider);
      } catch (RuntimeException unexpected) {
        diagnostics.internalError(provider.element(), unexpected);
      }
    }
  }

  /** The id of every provider package seen so far, by package name. */
  private Map<String, String> providerIds() {
    Map<String, String> ids = new TreeMap<>();
    providers.forEach((packageName, checked) -> ids.put(packageName, checked.providerInfo().id()));
    return ids;
  }

  /** The provider's checked metadata and platforms; checked, and reported, the first time only. */
  private PlatformValidator.Result platformsOf(ProviderDeclaration provider) {
    return providers.computeIfAbsent(provider.packageName(), name -> {
      PlatformValidator.Result checked = platformValidator.validate(provider);
      checked.report().printTo(diagnostics);
      return checked;
    });
  }

  /** Checks the model's routes (and, the first time, its provider's platforms); keeps the model if clean. */
  private boolean validateRoutes(ValidModel model) {
    PlatformValidator.Result platforms = platformsOf(model.declaration().provider());
    RouteValidator.Result routed = routeValidator.validate(model, platforms.declaredIds());
    routed.report().printTo(diagnostics);
    routed.model().ifPresent(models::add);
    return routed.model().isPresent();
  }

  private void writeNewIndexClasses() {
    for (Map.Entry<String, List<Element>> catalog : originsByCatalog().entrySet()) {
      if (indexedCatalogs.contains(catalog.getKey())) {
        continue;
      }
      ProviderDeclaration provider = providerOf(catalog.getKey());
      String indexClass = Names.INDEX_PACKAGE + "." + Names.indexSimpleName(catalog.getKey());
      Report clash = nameGuard.claim(List.of(catalog.getKey(), indexClass),
          ProviderLocations.id(elements, provider.packageName()), provider.id());
      clash.printTo(diagnostics);
      if (clash.isClean() && indexedCatalogs.add(catalog.getKey())) {
        write(provider, "index class " + indexClass,
            () -> generator.writeIndexClass(catalog.getKey(), catalog.getValue()));
      }
    }
  }

  private void checkAndWriteCatalogs(RoundEnvironment round) {
    Set<String> own = new TreeSet<>(originsByCatalog().keySet());
    List<ValidModel> refreshed = new ArrayList<>();
    for (ValidModel model : models) {
      refreshed.add(new ValidModel(reader.refresh(model.declaration()), model.spec()));
    }
    refreshed.sort((a, b) -> ModelSpec.ORDER.compare(a.spec(), b.spec()));
    List<ClasspathCatalogs.Key> keys = checkClasspath ? classpath.keys(own) : List.of();
    // Snapshots first: the family id the latest one answers to is checked below like any alias.
    SnapshotValidator.Result snapshots = new SnapshotValidator().validate(refreshed);
    List<ModelDeclaration> rejectedNow = new ArrayList<>();
    rejected.forEach(declaration -> rejectedNow.add(reader.refresh(declaration)));
    new CatalogValidator().validate(refreshed, snapshots.familyAliases(), keys, rejectedNow).printTo(diagnostics);
    routeValidator.validateTargets(refreshed, snapshots.familyAliases()).printTo(diagnostics);
    snapshots.report().printTo(diagnostics);
    new ProviderValidator(elements).validate(refreshed, providerIds()).printTo(diagnostics);
    new LineageValidator().validate(refreshed, snapshots.familyAliases(), rejectedNames,
        checkClasspath ? Optional.of(keys) : Optional.empty()).printTo(diagnostics);
    RuntimeCheck.validate(elements, CatalogGenerator.CATALOG_FORMAT,
        ProviderLocations.id(elements, providerOf(own.iterator().next()).packageName())).printTo(diagnostics);
    if (diagnostics.errorRaised() || round.errorRaised()) {
      return;
    }
    List<CatalogSpec> catalogs = catalogs(snapshots.models());
    for (CatalogSpec catalog : catalogs) {
      nameGuard.claim(generatedNames(catalog), ProviderLocations.id(elements, catalog.packageName()),
          catalog.providerId()).printTo(diagnostics);
    }
    if (catalogList != null && !nameGuard.claimChosen(catalogList)) {
      diagnostics.report(Message.CATALOG_LIST_NAME_TAKEN, null, null, null, catalogList);
    }
    if (diagnostics.errorRaised()) {
      return;
    }
    write(null, "catalogs",
        () -> generator.writeCatalogs(catalogs, name -> elements.getTypeElement(name) != null, catalogList));
  }

  /** The types written for a catalog: the catalog class, its rows class, its shards and key classes. */
  private static List<String> generatedNames(CatalogSpec catalog) {
    List<String> names = new ArrayList<>();
    names.add(catalog.qualifiedName());
    names.add(catalog.packageName() + "." + Names.rowsSimpleName(catalog.simpleName()));
    for (int shard = 0; shard < catalog.shardCount(); shard++) {
      names.add(catalog.packageName() + "." + Names.shardSimpleName(catalog.simpleName(), shard));
    }
    for (int keys = 0; keys < CatalogGenerator.keyClassCount(catalog); keys++) {
      names.add(catalog.packageName() + "." + Names.keysSimpleName(catalog.simpleName(), keys));
    }
    return names;
  }

  /** Runs a write; a file the Filer cannot create is reported as one error instead of an internal error. */
  private void write(ProviderDeclaration provider, String what, Runnable writing) {
    try {
      writing.run();
    } catch (UncheckedIOException failure) {
      Location at = provider == null ? new Location(null, null, null)
          : ProviderLocations.id(elements, provider.packageName());
      diagnostics.report(Message.WRITE_FAILED, at.element(), at.mirror(), at.value(), what,
          failure.getCause());
    }
  }

  /** The provider of the catalog with this qualified name. */
  private ProviderDeclaration providerOf(String catalog) {
    ProviderDeclaration provider = null;
    for (ValidModel model : models) {
      ProviderDeclaration candidate = model.declaration().provider();
      // Models of one package share their provider: name each provider's catalog once, not once per model.
      if (candidate != provider && catalogName(candidate).equals(catalog)) {
        return candidate;
      }
      provider = candidate;
    }
    throw new IllegalStateException("no provider for catalog " + catalog);
  }

  private static String catalogName(ProviderDeclaration provider) {
    return provider.packageName() + "." + Names.catalogSimpleName(provider.id());
  }

  /** The models grouped into catalogs, sorted by catalog name. */
  private List<CatalogSpec> catalogs(List<ValidModel> all) {
    Map<String, List<ValidModel>> byPackage = new TreeMap<>();
    for (ValidModel model : all) {
      byPackage.computeIfAbsent(model.declaration().provider().packageName(), k -> new ArrayList<>()).add(model);
    }
    List<CatalogSpec> catalogs = new ArrayList<>();
    for (List<ValidModel> members : byPackage.values()) {
      ProviderDeclaration provider = members.get(0).declaration().provider();
      List<ModelSpec> specs = new ArrayList<>();
      members.forEach(member -> specs.add(member.spec()));
      PlatformValidator.Result metadata = providers.get(provider.packageName());
      catalogs.add(new CatalogSpec(provider.element(), provider.id(), provider.name(), provider.packageName(),
          Names.catalogSimpleName(provider.id()), specs, metadata.providerInfo(), metadata.platforms()));
    }
    return catalogs;
  }

  /** For each catalog with valid models: the provider package and the stubs seen so far. */
  private Map<String, List<Element>> originsByCatalog() {
    Map<String, List<Element>> origins = new TreeMap<>();
    ProviderDeclaration last = null;
    List<Element> stubs = null;
    for (ValidModel model : models) {
      ProviderDeclaration provider = model.declaration().provider();
      if (provider != last) { // models of one package share their provider, and mostly come together
        stubs = origins.computeIfAbsent(catalogName(provider), k -> new ArrayList<>(List.of(provider.element())));
        last = provider;
      }
      stubs.add(model.declaration().element());
    }
    return origins;
  }
}
