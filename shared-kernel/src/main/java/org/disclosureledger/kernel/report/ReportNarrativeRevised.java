package org.disclosureledger.kernel.report;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.disclosureledger.kernel.LedgerEvent;
import org.disclosureledger.kernel.AgencyCode;

/**
 * Staff wrote or revised a narrative section of an agency's annual report. {@code text} is the whole new text of the
 * section; figures it quotes are placeholders such as {@code {{publications.total}}}, filled from the report's tables
 * when the document is made ({@link NarrativeTemplate}). {@code revisedOn} is the business date of the revision.
 */
@Revision("1")
public record ReportNarrativeRevised(AgencyCode agency, int year, NarrativeSection section, String text, LocalDate revisedOn)
        implements LedgerEvent {
    @Override
    public LocalDate businessDate() {
        return revisedOn;
    }

    public AnnualReportId report() {
        return AnnualReportId.of(agency, year);
    }
}
