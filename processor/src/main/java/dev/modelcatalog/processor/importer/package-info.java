/**
 * The catalog importer: reads a catalog file (models.dev today; a {@link
 * dev.modelcatalog.processor.importer.SourceReader} per format) and writes annotated stub sources, one per real
 * model, a {@code @Provider} package-info per provider, and a Markdown report of everything not taken as is.
 * Entry point: {@link dev.modelcatalog.processor.importer.CatalogImporter}. Depends on the runtime (rules,
 * normalization, presets), JavaPoet and Jackson; nothing here runs inside the annotation processor.
 *
 * <h2>Stages</h2>
 *
 * <ol>
 *   <li>read: the format's reader maps each entry onto this project's vocabulary ({@code SourceEntry});</li>
 *   <li>check: {@code FactsChecker} applies the catalog's rules and fixes what they would reject, one report line
 *       per fix;</li>
 *   <li>identify: {@code IdentityResolver} groups entries whose ids normalize alike into one model, owned by its
 *       maker ({@code OwnerTable}); the maker's own API's entry is canonical when present, else the entry of the
 *       provider whose id sorts first; the others become routes;</li>
 *   <li>write: {@code StubWriter} and {@code RouteWriter} (JavaPoet), {@code ReportWriter} (Markdown).</li>
 * </ol>
 *
 * <h2>models.dev mapping</h2>
 *
 * <table>
 *   <caption>models.dev fields and what they become</caption>
 *   <tr><th>models.dev</th><th>stub</th></tr>
 *   <tr><td>model key</td><td>{@code @Model(id)}, kept as is (characters outside the id alphabet become
 *       {@code -}, reported); the class name is derived from it</td></tr>
 *   <tr><td>{@code name}</td><td>{@code name}</td></tr>
 *   <tr><td>text in and text out</td><td>{@code chat}, {@code streaming}</td></tr>
 *   <tr><td>image / audio / video in (chat)</td><td>{@code vision} / {@code audioInput} / {@code video}</td></tr>
 *   <tr><td>audio out with text / audio out only / image out</td><td>{@code audioOutput} / {@code speech} /
 *       {@code imageGeneration}</td></tr>
 *   <tr><td>audio in, text out, no text in</td><td>{@code transcription}</td></tr>
 *   <tr><td>{@code reasoning}, {@code tool_call}, {@code structured_output}</td><td>{@code reasoning},
 *       {@code toolCalling}, {@code structuredOutputs} (chat models only)</td></tr>
 *   <tr><td>{@code temperature}</td><td>{@code temperature}</td></tr>
 *   <tr><td>{@code attachment}</td><td>covered by image input; without image or pdf input: reported</td></tr>
 *   <tr><td>pdf input</td><td>no flag: reported</td></tr>
 *   <tr><td>{@code limit.context}, {@code limit.output}</td><td>{@code contextWindow}, {@code maxOutputTokens};
 *       zero, missing or output above context: fixed and reported</td></tr>
 *   <tr><td>{@code cost.input}, {@code output}, {@code cache_read}, {@code cache_write}</td><td>{@code @Pricing}
 *       per million tokens; {@code cost.reasoning}: reported</td></tr>
 *   <tr><td>{@code knowledge}</td><td>{@code trainingCutoff}; {@code YYYY-MM-DD} kept as {@code YYYY-MM},
 *       reported</td></tr>
 *   <tr><td>{@code release_date}</td><td>{@code created}, epoch seconds at 00:00 UTC</td></tr>
 *   <tr><td>{@code open_weights}</td><td>the tag {@code open-weights}</td></tr>
 *   <tr><td>{@code status}</td><td>{@code deprecated} for "deprecated", else a tag; reported</td></tr>
 *   <tr><td>{@code last_updated}</td><td>no field: counted in the report</td></tr>
 * </table>
 *
 * <p>Capabilities the source does not state (log probabilities, JSON mode, parallel tool calls) are not claimed:
 * the stub starts from the closest preset of the model's kind and turns them off.
 */
package dev.modelcatalog.processor.importer;
