package org.disclosureledger.reporting.query;

import java.util.List;
import java.util.Optional;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agencies as projected from AgencyRegistered, and the scope of a report: one agency, or it and all below it. */
public class AgencyHierarchy {
    public record Agency(AgencyCode code, String name, AgencyLevel level, AgencyCode parent) {
    }

    private final JdbcClient jdbc;

    public AgencyHierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> find(AgencyCode agency) {
        return jdbc.sql("SELECT agency, name, level, parent FROM reporting.agency WHERE agency = ?")
                .param(agency.value())
                .query((rs, row) -> new Agency(AgencyCode.of(rs.getString("agency")), rs.getString("name"),
                        AgencyLevel.valueOf(rs.getString("level")),
                        rs.getString("parent") == null ? null : AgencyCode.of(rs.getString("parent"))))
                .optional();
    }

    /** The agency alone, or (consolidated) the agency and every agency under it at any depth. */
    public List<AgencyCode> scope(AgencyCode agency, boolean consolidated) {
        if (!consolidated) {
            return List.of(agency);
        }
        return jdbc.sql("""
                WITH RECURSIVE scope (agency) AS (
                    SELECT agency FROM reporting.agency WHERE agency = :agency
                    UNION
                    SELECT child.agency FROM reporting.agency child JOIN scope ON child.parent = scope.agency
                )
                SELECT agency FROM scope ORDER BY agency""")
                .param("agency", agency.value())
                .query((rs, row) -> AgencyCode.of(rs.getString("agency")))
                .list();
    }
}
