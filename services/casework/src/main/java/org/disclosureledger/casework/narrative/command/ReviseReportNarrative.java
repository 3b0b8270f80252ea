package org.disclosureledger.casework.narrative.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disclosureledger.kernel.report.AnnualReportId;

/**
 * Write or revise one narrative section of an agency's annual report with its whole new text. {@code section} is the
 * code as the caller gave it ({@code OVERVIEW}, {@code PROBLEMS_AND_IMPROVEMENTS}, {@code OTHER_MATTERS}); the report's
 * format decides which sections are narratives. {@code on} is the business date of the revision.
 */
public record ReviseReportNarrative(@TargetAggregateIdentifier AnnualReportId report, String section, String text, LocalDate on) {
}
