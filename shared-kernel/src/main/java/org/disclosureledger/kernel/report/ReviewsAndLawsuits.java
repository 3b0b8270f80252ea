package org.disclosureledger.kernel.report;

/** Table 四 (政府信息公开行政复议、行政诉讼情况): reviews, lawsuits filed directly, lawsuits after a review. */
public record ReviewsAndLawsuits(OutcomeCounts review, OutcomeCounts lawsuitDirect, OutcomeCounts lawsuitAfterReview) {
}
