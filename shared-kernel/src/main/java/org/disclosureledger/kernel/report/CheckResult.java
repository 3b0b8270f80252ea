package org.disclosureledger.kernel.report;

/** The outcome of one cross-check (勾稽关系) of annual-report.md; {@code detail} says where it fails. */
public record CheckResult(String id, boolean passed, String detail) {
}
