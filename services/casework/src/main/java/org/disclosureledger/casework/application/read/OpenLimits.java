package org.disclosureledger.casework.application.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates that bring an open application back to staff: the reply's due date, and while the case waits, the end of
 * the applicant's supplement period, of the payment period, of the consulted party's 15 working days. A supplement
 * period or payment period that the request or notice did not record (older ledgers) is shown from a configured
 * default ({@code ledger.clock.default-supplement-period}, {@code ledger.clock.default-payment-period}, working days)
 * and marked {@code assumed}: a reminder only, never a legal limit (the case's clock and its refusals ignore it).
 */
@Component
public class OpenLimits {
    /** One open limit: which period ({@code REPLY}, {@code SUPPLEMENT_PERIOD}, {@code PAYMENT_PERIOD}, {@code CONSULTATION_OPINION}) ends on {@code on}. */
    public record Limit(StatutoryClock limit, LocalDate on, boolean assumed) {
    }

    /** What a case waits on, as recorded: a period's start is null when the case does not wait on it. */
    public record Waiting(LocalDate replyDueOn, LocalDate supplementRequestedOn, LocalDate supplementDueOn, LocalDate consultationDueOn,
                          LocalDate feeNoticedOn, LocalDate paymentDueOn) {
    }

    private final int supplementWorkingDays;
    private final int paymentWorkingDays;

    public OpenLimits(@Value("${ledger.clock.default-supplement-period:15}") int supplementWorkingDays,
                      @Value("${ledger.clock.default-payment-period:20}") int paymentWorkingDays) {
        if (supplementWorkingDays < 1 || paymentWorkingDays < 1) {
            throw new IllegalArgumentException("ledger.clock.default-supplement-period and default-payment-period are working days, at least 1");
        }
        this.supplementWorkingDays = supplementWorkingDays;
        this.paymentWorkingDays = paymentWorkingDays;
    }

    /** Every open limit of the case, the earliest first. */
    public List<Limit> of(Waiting waiting, WorkingDayCalendar calendar) {
        List<Limit> limits = new ArrayList<>();
        if (waiting.replyDueOn() != null) {
            limits.add(new Limit(StatutoryClock.REPLY, waiting.replyDueOn(), false));
        }
        if (waiting.supplementRequestedOn() != null) {
            limits.add(waiting.supplementDueOn() != null ? new Limit(StatutoryClock.SUPPLEMENT_PERIOD, waiting.supplementDueOn(), false)
                    : new Limit(StatutoryClock.SUPPLEMENT_PERIOD,
                    calendar.workingDaysAfter(waiting.supplementRequestedOn(), supplementWorkingDays).on(), true));
        }
        if (waiting.consultationDueOn() != null) {
            limits.add(new Limit(StatutoryClock.CONSULTATION_OPINION, waiting.consultationDueOn(), false));
        }
        if (waiting.feeNoticedOn() != null) {
            limits.add(waiting.paymentDueOn() != null ? new Limit(StatutoryClock.PAYMENT_PERIOD, waiting.paymentDueOn(), false)
                    : new Limit(StatutoryClock.PAYMENT_PERIOD, calendar.workingDaysAfter(waiting.feeNoticedOn(), paymentWorkingDays).on(), true));
        }
        limits.sort(Comparator.comparing(Limit::on).thenComparing(Limit::limit));
        return limits;
    }

    /** The open limit of {@code which}, or null. */
    public static Limit find(List<Limit> limits, StatutoryClock which) {
        return limits.stream().filter(limit -> limit.limit() == which).findFirst().orElse(null);
    }
}
