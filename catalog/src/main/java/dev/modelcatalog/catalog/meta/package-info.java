/** Meta's Llama models, under the ids Hugging Face uses. */
@Provider(id = "meta", name = "Meta")
package dev.modelcatalog.catalog.meta;

import dev.modelcatalog.annotations.Provider;
