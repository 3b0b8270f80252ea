package org.disclosureledger.casework.agency.read;

import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;
import org.disclosureledger.kernel.agency.AgencyRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies the command side knows, kept by a subscribing handler in the transaction that registers them,
 * so that a case's first command can check its agency exists (even within the same import).
 */
@Component
@ProcessingGroup(AgencyDirectory.PROCESSING_GROUP)
public class AgencyDirectory implements RegisteredAgencies {
    public static final String PROCESSING_GROUP = "agency-directory";

    public record Entry(AgencyCode agency, String name, AgencyLevel level, AgencyCode parent) {
    }

    private final JdbcClient jdbc;

    public AgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyRegistered event) {
        jdbc.sql("""
                INSERT INTO casework.agency_directory (agency, name, level, parent, registered_on)
                VALUES (:agency, :name, :level, :parent, :registeredOn)
                ON CONFLICT (agency) DO NOTHING""")
                .param("agency", event.agency().value())
                .param("name", event.name())
                .param("level", event.level().name())
                .param("parent", event.parent() == null ? null : event.parent().value())
                .param("registeredOn", event.registeredOn())
                .update();
    }

    public Optional<Entry> find(AgencyCode agency) {
        return jdbc.sql("SELECT agency, name, level, parent FROM casework.agency_directory WHERE agency = ?")
                .param(agency.value())
                .query(AgencyDirectory::entry)
                .optional();
    }

    public List<Entry> all() {
        return jdbc.sql("SELECT agency, name, level, parent FROM casework.agency_directory ORDER BY agency")
                .query(AgencyDirectory::entry)
                .list();
    }

    /** Whether {@code agency} is {@code above} itself or one of the agencies under it, at any depth. */
    public boolean isAtOrBelow(AgencyCode agency, AgencyCode above) {
        if (agency.equals(above)) {
            return true;
        }
        return jdbc.sql("""
                WITH RECURSIVE chain (agency, parent) AS (
                    SELECT agency, parent FROM casework.agency_directory WHERE agency = :agency
                    UNION
                    SELECT d.agency, d.parent FROM casework.agency_directory d JOIN chain c ON d.agency = c.parent)
                SELECT EXISTS (SELECT 1 FROM chain WHERE agency = :above)""")
                .param("agency", agency.value())
                .param("above", above.value())
                .query(Boolean.class)
                .single();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent");
        return new Entry(AgencyCode.of(rs.getString("agency")), rs.getString("name"),
                AgencyLevel.valueOf(rs.getString("level")), parent == null ? null : AgencyCode.of(parent));
    }

    @Override
    public void requireRegistered(AgencyCode agency, String field) {
        if (find(agency).isEmpty()) {
            throw new Refusal(Reason.UNKNOWN_AGENCY, field, field + " '" + agency + "' is not registered (record AgencyRegistered first)");
        }
    }
}
