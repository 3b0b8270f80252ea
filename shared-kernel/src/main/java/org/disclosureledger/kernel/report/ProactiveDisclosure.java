package org.disclosureledger.kernel.report;

import org.disclosureledger.kernel.money.Yuan;

/** Table 二 (主动公开政府信息情况), with the publications that section 一 quotes. */
public record ProactiveDisclosure(DocumentCounts rules, DocumentCounts normativeDocuments, long licensing, long penalty,
                                  long compulsion, Yuan administrativeFees, Publications publications) {
}
