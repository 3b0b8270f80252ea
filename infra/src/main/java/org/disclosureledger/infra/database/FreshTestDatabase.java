package org.disclosureledger.infra.database;

import java.sql.SQLException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * For test runs (each service registers it in its test {@code META-INF/spring.factories}): gives the run an empty
 * database of its own, once per JVM and URL, because streaming processors replay the whole store.
 */
public class FreshTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        try {
            PostgresDatabases.recreateOnce(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database; is PostgreSQL running? (./ledger test starts it): "
                    + e.getMessage(), e);
        }
    }
}
