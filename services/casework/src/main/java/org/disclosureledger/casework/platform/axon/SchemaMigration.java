package org.disclosureledger.casework.platform.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the casework schema's migrations ({@code classpath:db/casework}) with a history of its own, so that
 * the reporting service can own its schema beside it in one database.
 */
@Component("caseworkSchemaMigration")
public class SchemaMigration implements InitializingBean {
    private final DataSource dataSource;

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("casework")
                .locations("classpath:db/casework")
                .load()
                .migrate();
    }
}
