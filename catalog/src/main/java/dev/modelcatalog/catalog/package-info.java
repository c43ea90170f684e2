/**
 * The built-in catalog: one package per provider, each with a {@code @Provider} package-info and one annotated
 * stub per model. The annotation processor turns each package into a generated catalog that
 * {@code ModelRegistry.loadDefault()} finds on the class path.
 *
 * <h2>Where the facts come from</h2>
 *
 * <p>Capabilities, limits, MoE configurations, latency, prices, dates, descriptions and tags start from the
 * reference server's catalog. Where it disagrees with a provider's published documentation, the published facts
 * win and the stub's Javadoc says what was corrected and why. Models the reference catalog lacks take their facts
 * from the provider's documentation and a latency preset.
 *
 * <h2>Latency mapping</h2>
 *
 * <p>The reference catalog describes latency by time to first token, tokens per second and the least and greatest
 * delay between tokens. The stubs' {@code @Latency} values are derived from them as follows:
 *
 * <ul>
 *   <li>{@code ttftMean} = the time to first token, seconds;</li>
 *   <li>{@code ttftStd} = a third of that mean (the reference states no spread; a third keeps three standard
 *       deviations below the mean above zero), rounded to 4 decimals;</li>
 *   <li>{@code itlMean} = 1 / tokens per second, rounded to 5 decimals;</li>
 *   <li>{@code itlStd} = (greatest delay &minus; least delay) / 2, rounded to 4 decimals: half the range the
 *       reference drew its delays from.</li>
 * </ul>
 *
 * <p>Multipliers keep their defaults. Example: Claude 2.1 has time to first token 0.5 s, 40 tokens per second and
 * delays from 0.022 to 0.03 s, so {@code @Latency(ttftMean = 0.5, ttftStd = 0.1667, itlMean = 0.025,
 * itlStd = 0.004)}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>The id is what the provider's API (or, for open-weights models, an OpenAI-compatible server) accepts;
 *       short forms and dated snapshots are aliases.</li>
 *   <li>Every capability flag is true to the model: embeddings models do not chat, Whisper transcribes, TTS
 *       speaks, DALL-E generates images, the reranker reranks, moderation models moderate. Single-purpose models
 *       start from the one-capability {@code MODERATION} preset and swap that capability.</li>
 *   <li>An output limit left out means the provider states none apart from the context window.</li>
 * </ul>
 */
package dev.modelcatalog.catalog;
