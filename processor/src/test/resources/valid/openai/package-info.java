@Provider(id = "openai", name = "OpenAI")
package test.openai;

import dev.modelcatalog.annotations.Provider;
