package org.disclosureledger.kernel.report;

/** Table 二, Art. 20(1): documents issued and repealed in the year, and in force at its end. */
public record DocumentCounts(long issued, long repealed, long inForce) {
    public static final DocumentCounts NONE = new DocumentCounts(0, 0, 0);
}
