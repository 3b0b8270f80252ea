package org.disclosureledger.reporting;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the reporting schema's migrations ({@code classpath:db/reporting}) with a history of its own in that schema,
 * beside casework's in the same database. The projections' tables exist before their processors start.
 */
@Component("reportingSchemaMigration")
public class ReportingSchemaMigration implements InitializingBean {
    private final DataSource dataSource;

    public ReportingSchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("reporting")
                .locations("classpath:db/reporting")
                .load()
                .migrate();
    }
}
