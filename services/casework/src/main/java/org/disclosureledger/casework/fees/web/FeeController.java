package org.disclosureledger.casework.fees.web;

import org.disclosureledger.casework.fees.ProcessingFeeSchedule;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeComputation;
import org.disclosureledger.kernel.vocabulary.OfficialTerm;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes an information processing fee (国办函〔2020〕109号) with its computation: per application, what the
 * {@code quantity}-th application of an applicant's month costs and what all {@code quantity} cost together; per
 * volume, what {@code quantity} pages cost.
 */
@RestController
public class FeeController {

    public record Quote(FeeBasis basis, int quantity, FeeComputation total, FeeComputation lastApplication) {
    }

    @GetMapping("/api/v1/processing-fees/quote")
    public Quote quote(@RequestParam(required = false) String basis, @RequestParam(required = false) String quantity) {
        if (basis == null || basis.isBlank()) {
            throw new InvalidField("basis", "is missing (PER_APPLICATION or PER_VOLUME)");
        }
        FeeBasis feeBasis;
        try {
            feeBasis = OfficialTerm.parse(FeeBasis.class, basis, "basis");
        } catch (IllegalArgumentException e) {
            throw new InvalidField("basis", e.getMessage().substring("basis".length() + 2));
        }
        if (quantity == null || quantity.isBlank()) {
            throw new InvalidField("quantity", "is missing (applications in the applicant's month, or pages)");
        }
        int n;
        try {
            n = Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField("quantity", "'" + quantity + "' is not a whole number");
        }
        try {
            return switch (feeBasis) {
                case PER_APPLICATION -> new Quote(feeBasis, n, ProcessingFeeSchedule.applicationsInAMonth(n),
                        ProcessingFeeSchedule.nthApplicationOfTheMonth(n));
                case PER_VOLUME -> new Quote(feeBasis, n, ProcessingFeeSchedule.pages(n), null);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidField("quantity", e.getMessage());
        }
    }
}
