package org.disclosureledger.reporting.query;

import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;

/** The current text of each narrative section staff wrote for a report (absent: not written yet), placeholders unfilled. */
public interface ReportNarratives {
    Map<NarrativeSection, String> current(AgencyCode agency, int year);
}
