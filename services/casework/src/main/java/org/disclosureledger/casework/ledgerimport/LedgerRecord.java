package org.disclosureledger.casework.ledgerimport;

import java.time.LocalDate;
import org.disclosureledger.casework.application.personaldata.ApplicantParticulars;
import org.disclosureledger.kernel.AgencyCode;

/**
 * One ledger record read into the command that records it. {@code caseKey} names the case the record opens
 * or continues (null for facts outside any case); {@code stage} orders records so that what a record needs
 * comes before it: agencies, then case openings, then steps, then reviews and lawsuits and their ends.
 */
public record LedgerRecord(String type, AgencyCode agency, Object command, LocalDate businessDate, int stage,
                           String caseKey, boolean opensCase, ApplicantParticulars particulars) {
}
