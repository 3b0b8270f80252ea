package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.litigation.Outcome;

/** An administrative review or lawsuit against the agency: filed, and concluded with an outcome (both null while pending). */
public record LitigationFact(String id, LitigationKind kind, LocalDate filedOn, LocalDate concludedOn, Outcome outcome) {
}
