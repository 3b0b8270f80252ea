package org.disclosureledger.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.ReckoningText;
import org.disclosureledger.kernel.calendar.StatutoryClock;

/**
 * The steps of a count written as the words an auditor reads ({@link ReckoningText}), so that an expected event reads
 * like the case's explanation; the words must be exactly those that the steps and the due date are written as.
 */
public final class Counts {
    private Counts() {
    }

    public static List<ReckoningStep> steps(DueDate due, StatutoryClock clock, String... lines) {
        List<ReckoningStep> steps = ReckoningText.parse(List.of(lines), clock);
        assertThat(ReckoningText.lines(steps, due)).as("the words of the expected count").containsExactly(lines);
        return steps;
    }
}
