package org.disclosureledger.reporting;

import java.util.Optional;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;

/** Where every format of the annual report gets its tables: derived from the records, with the cross-checks evaluated. */
public interface AnnualReports {
    /**
     * The report of {@code agency} for {@code year}, alone or consolidated over the agency and every agency under it;
     * empty when the agency is unknown. Reflects every event stored before the call (it waits for the projection).
     */
    Optional<AnnualReport> of(AgencyCode agency, int year, boolean consolidated);
}
