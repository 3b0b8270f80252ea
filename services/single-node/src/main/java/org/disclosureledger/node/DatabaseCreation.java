package org.disclosureledger.node;

import java.sql.SQLException;
import org.disclosureledger.infra.database.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Creates the configured database when it is missing, before anything connects to it, so that a new machine needs
 * only a PostgreSQL role allowed to create databases. {@code ledger.database.create=false} turns it off.
 */
class DatabaseCreation implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCreation.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.getProperty("ledger.database.create", Boolean.class, true)) {
            return;
        }
        String url = environment.getRequiredProperty("spring.datasource.url");
        try {
            if (PostgresDatabases.ensureExists(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"))) {
                LOG.info("created the database {}", url);
            }
        } catch (SQLException | IllegalArgumentException e) {
            LOG.warn("could not check or create the database {}: {}", url, e.getMessage());
        }
    }
}
