package org.disclosureledger.kernel.report;

/**
 * Which reviews and lawsuits belong to year Y in table 四; practice differs, so it is a setting of the deployment,
 * shown in every report.
 */
public enum ReviewCountingPolicy {
    /** Cases filed in Y, each under its outcome if concluded by 31 Dec of Y, else pending. */
    FILED_IN_YEAR,
    /** Cases concluded in Y under their outcome, plus every case still open on 31 Dec of Y as pending. */
    CONCLUDED_OR_PENDING
}
