package org.disclosureledger.reporting.web;

import org.disclosureledger.platform.problem.Problem;

/** A report in a format version without a document layout in the kernel's report-formats: 501. */
public class NoLayout extends Problem {
    public static final String REASON = "NO_LAYOUT";

    public NoLayout(String format) {
        super(501, REASON, "format", "No document layout", "there is no document layout for the report format '" + format + "'");
    }
}
