package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.DocumentKind;

/** A 规章 or 行政规范性文件: issued, and repealed (null while in force). */
public record DocumentFact(DocumentId id, DocumentKind kind, LocalDate issuedOn, LocalDate repealedOn) {
}
