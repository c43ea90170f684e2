@Provider(id = "acme", name = "Acme AI", docsUrl = "https://docs.acme.example", authType = AuthType.OAUTH)
@Platform(id = "acme-edge", name = "Acme Edge", baseUrl = "https://edge.acme.example/v1", status = RouteStatus.BETA)
@Platform(id = "acme-cloud", name = "Acme Cloud", baseUrl = "https://api.acme.example/v1")
package test.acme;

import dev.modelcatalog.annotations.AuthType;
import dev.modelcatalog.annotations.Platform;
import dev.modelcatalog.annotations.Provider;
import dev.modelcatalog.annotations.RouteStatus;
