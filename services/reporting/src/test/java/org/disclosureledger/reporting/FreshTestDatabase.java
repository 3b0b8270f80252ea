package org.disclosureledger.reporting;

import java.sql.SQLException;
import org.disclosureledger.infra.database.PostgresDatabases;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Gives the reporting tests an empty database of their own (once per JVM and URL). */
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
