package org.disclosureledger.kernel.report;

import org.disclosureledger.kernel.money.Yuan;

/** Section 六: applications whose 信息处理费 was paid in the year, and the sum paid. */
public record ProcessingFees(long applications, Yuan amount) {
}
