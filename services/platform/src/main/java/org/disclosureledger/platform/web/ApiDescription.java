package org.disclosureledger.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI description of whatever services run in the process ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}), read by springdoc from the controllers and their typed request and answer records.
 */
@AutoConfiguration
public class ApiDescription {

    @Bean
    public OpenAPI ledgerApi(@Value("${spring.application.name:disclosure-ledger}") String name) {
        return new OpenAPI().info(new Info()
                .title("Disclosure Ledger (政府信息公开台账) API")
                .version("v1")
                .description(name + ": the ledger's records (the vocabulary of shared/spec/interchange.md), the cases and their "
                        + "due dates, the official calendar and the annual reports. Every problem is application/problem+json "
                        + "with its reason and the field at fault."));
    }
}
