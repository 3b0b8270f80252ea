package org.disclosureledger.casework.application.personaldata;

import java.time.Instant;

/** When an applicant's particulars were erased, and by whom: all that remains of them. */
public record Erasure(Instant erasedAt, String erasedBy) {
}
