package cn.evpark.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS APIs under {@code /api}; their OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "EV Park charging platform API",
            version = "1",
            description =
                "Admin API for integrators (HTTP Basic with a staff account, scoped to the"
                    + " account's operator)."),
    security = @SecurityRequirement(name = "staff"))
@SecurityScheme(
    securitySchemeName = "staff",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "A staff account of the admin pages.")
public class RestApplication extends Application {}
