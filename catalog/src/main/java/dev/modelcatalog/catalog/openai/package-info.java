/** OpenAI's models. */
@Provider(id = "openai", name = "OpenAI")
package dev.modelcatalog.catalog.openai;

import dev.modelcatalog.annotations.Provider;
