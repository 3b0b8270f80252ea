package org.disclosureledger.kernel.application;

import java.util.List;
import org.disclosureledger.kernel.money.Yuan;

/**
 * How an information processing fee was computed: the schedule, the quantity it was applied to (the application's
 * number among the applicant's applications of the month, or the pages), each band's line, and the exact amount.
 */
public record FeeComputation(FeeBasis basis, int quantity, List<String> lines, Yuan amount) {
    public FeeComputation {
        lines = List.copyOf(lines);
    }
}
