@Provider(id = "acme", name = "Acme")
package test.facts;

import dev.modelcatalog.annotations.Provider;
