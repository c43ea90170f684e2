/**
 * JSON for the runtime, built on Jackson's tree model (no data binding, so no reflection on model types):
 * {@link dev.modelcatalog.runtime.json.ModelJson} renders models, lists and capability reports with a fixed field
 * order; {@link dev.modelcatalog.runtime.json.ModelDocumentReader} reads model documents and checks them with the
 * same {@link dev.modelcatalog.runtime.ModelRules} as the processor; {@link dev.modelcatalog.runtime.json.CustomModels}
 * loads extra models from files, class-path resources and the environment; and
 * {@link dev.modelcatalog.runtime.json.OverlayStore} saves and restores a registry's run-time models;
 * {@link dev.modelcatalog.runtime.json.JsonSyntax} words Jackson's syntax errors for the messages of all of them.
 *
 * <p>Depends on {@code dev.modelcatalog.runtime} and Jackson only.
 */
package dev.modelcatalog.runtime.json;
