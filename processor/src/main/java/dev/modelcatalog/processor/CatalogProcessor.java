package dev.modelcatalog.processor;

import com.google.auto.service.AutoService;
import dev.modelcatalog.processor.diag.Diagnostics;
import dev.modelcatalog.processor.model.CatalogSpec;
import dev.modelcatalog.processor.model.ModelSpec;
import dev.modelcatalog.processor.read.ClasspathCatalogs;
import dev.modelcatalog.processor.read.ModelDeclaration;
import dev.modelcatalog.processor.read.ModelReader;
import dev.modelcatalog.processor.read.ProviderDeclaration;
import dev.modelcatalog.processor.validate.CatalogValidator;
import dev.modelcatalog.processor.validate.ModelValidator;
import dev.modelcatalog.processor.validate.Report;
import dev.modelcatalog.processor.validate.ValidModel;
import dev.modelcatalog.processor.write.CatalogGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @Model} stubs and generates one catalog per {@code @Provider} package.
 *
 * <p><b>Inputs:</b> classes annotated {@code @Model} (with {@code @Capabilities}, {@code @MoE}, {@code @Latency},
 * {@code @Pricing}) in packages annotated {@code @Provider}; the key indexes of catalogs already on the class
 * path.
 *
 * <p><b>Outputs</b>, per provider package: {@code <Provider>Catalog} implementing {@code ModelCatalog}, shard
 * classes {@code <Provider>CatalogShard<n>} and {@code <Provider>CatalogKeys<n>} of at most 256 models each,
 * {@code META-INF/modelcatalog/<catalog>.ids} and a class-path index class in {@code dev.modelcatalog.index};
 * once: {@code META-INF/services/dev.modelcatalog.runtime.ModelCatalog}. Names are described in {@link Names}.
 *
 * <p><b>Options:</b> {@code -Amodelcatalog.classpathCheck=false} skips the check of ids against catalogs on the
 * class path (default {@code true}).
 *
 * <p><b>Stages</b>, per round: read the round's stubs ({@code read}), check each model with the runtime's rules
 * ({@code validate}); a model with errors is dropped. In a round that brings new models, write the index class
 * of each newly seen catalog: besides serving later compilations, that new source guarantees javac one more
 * round. In the first round without new models, check the whole compilation (duplicates, clashes, the class
 * path) and, if no error was raised anywhere, write the catalogs ({@code write}). That round is not the last
 * one, so the generated sources are themselves compiled normally; only if another processor adds models to an
 * already indexed catalog in a later round do the catalogs fall back to the final round.
 *
 * <p>Anything unexpected is reported as one error containing "internal error"; nothing escapes to javac.
 * {@link #process} returns {@code false}, so other processors still see the annotations.
 */
@AutoService(Processor.class)
public final class CatalogProcessor extends AbstractProcessor {

  /** Option: check ids against catalogs on the class path ({@code true} unless set to {@code false}). */
  public static final String OPTION_CLASSPATH_CHECK = "modelcatalog.classpathCheck";

  private Diagnostics diagnostics;
  private ModelReader reader;
  private ModelValidator validator;
  private ClasspathCatalogs classpath;
  private CatalogGenerator generator;
  private boolean checkClasspath;

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
    diagnostics = new Diagnostics(env.getMessager());
    reader = new ModelReader(env.getElementUtils(), diagnostics);
    validator = new ModelValidator(env.getElementUtils());
    classpath = new ClasspathCatalogs(env.getElementUtils(), env.getFiler(), diagnostics);
    generator = new CatalogGenerator(env.getFiler());
    checkClasspath = !"false".equals(env.getOptions().get(OPTION_CLASSPATH_CHECK));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ModelReader.annotationNames();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_CLASSPATH_CHECK);
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
    boolean newModels = reader.hasModels(round);
    for (ModelDeclaration declaration : reader.read(round)) {
      current = declaration.element();
      ModelValidator.Result result = validator.validate(declaration);
      result.report().printTo(diagnostics);
      result.model().ifPresent(models::add);
    }
    current = null;
    if (catalogsDone || models.isEmpty() || diagnostics.errorRaised() || round.errorRaised()) {
      return;
    }
    if (newModels) {
      writeNewIndexClasses();
    } else {
      catalogsDone = true;
      writeCatalogs();
    }
  }

  private void writeNewIndexClasses() {
    for (Map.Entry<String, List<Element>> catalog : originsByCatalog().entrySet()) {
      if (indexedCatalogs.add(catalog.getKey())) {
        generator.writeIndexClass(catalog.getKey(), catalog.getValue());
      }
    }
  }

  private void writeCatalogs() {
    List<CatalogSpec> catalogs = catalogs();
    Set<String> own = new TreeSet<>();
    catalogs.forEach(catalog -> own.add(catalog.qualifiedName()));
    List<ValidModel> refreshed = new ArrayList<>();
    for (ValidModel model : models) {
      refreshed.add(new ValidModel(reader.refresh(model.declaration()), model.spec()));
    }
    Report report = new CatalogValidator().validate(refreshed,
        checkClasspath ? classpath.keys(own) : List.of());
    report.printTo(diagnostics);
    if (diagnostics.errorRaised()) {
      return;
    }
    generator.writeCatalogs(catalogs);
  }

  /** The valid models grouped into catalogs, sorted by catalog name. */
  private List<CatalogSpec> catalogs() {
    Map<String, List<ValidModel>> byPackage = new TreeMap<>();
    for (ValidModel model : models) {
      byPackage.computeIfAbsent(model.declaration().provider().packageName(), k -> new ArrayList<>()).add(model);
    }
    List<CatalogSpec> catalogs = new ArrayList<>();
    for (List<ValidModel> members : byPackage.values()) {
      ProviderDeclaration provider = members.get(0).declaration().provider();
      List<ModelSpec> specs = new ArrayList<>();
      members.forEach(member -> specs.add(member.spec()));
      catalogs.add(new CatalogSpec(provider.element(), provider.id(), provider.name(), provider.packageName(),
          Names.catalogSimpleName(provider.id()), specs));
    }
    return catalogs;
  }

  /** For each catalog with valid models: the provider package and the stubs seen so far. */
  private Map<String, List<Element>> originsByCatalog() {
    Map<String, List<Element>> origins = new TreeMap<>();
    for (ValidModel model : models) {
      ProviderDeclaration provider = model.declaration().provider();
      String catalog = provider.packageName() + "." + Names.catalogSimpleName(provider.id());
      origins.computeIfAbsent(catalog, k -> new ArrayList<>(List.of(provider.element())))
          .add(model.declaration().element());
    }
    return origins;
  }
}
