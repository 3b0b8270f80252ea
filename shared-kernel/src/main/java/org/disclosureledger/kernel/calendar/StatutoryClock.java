package org.disclosureledger.kernel.calendar;

/**
 * The periods the ledger keeps, with the article that sets each: in working days where the law fixes the length;
 * the applicant's supplement period and the payment period are the agency's to set.
 */
public enum StatutoryClock {
    /** Art. 30: a supplement (补正) must be asked for within 7 working days of receipt. */
    SUPPLEMENT_NOTICE(7, "supplement notice (Art. 30)"),
    /** Art. 33: the reply is due 20 working days after receipt (or after a supplement came in). */
    REPLY(20, "reply (Art. 33)"),
    /** Art. 32, 34: a consulted party has 15 working days to give its opinion. */
    CONSULTATION_OPINION(15, "consultation opinion (Art. 32)"),
    /** Art. 26: information is published within 20 working days of being made or changed. */
    PUBLICATION(20, "proactive publication (Art. 26)"),
    /** Art. 30: the reasonable period the agency gives the applicant to supplement (补正期限). */
    SUPPLEMENT_PERIOD(null, "supplement period (Art. 30)"),
    /** 国办函〔2020〕109号: the period the fee notice gives to pay (缴费期限). */
    PAYMENT_PERIOD(null, "payment period (国办函〔2020〕109号)");

    private final Integer workingDays;
    private final String words;

    StatutoryClock(Integer workingDays, String words) {
        this.workingDays = workingDays;
        this.words = words;
    }

    /** Whether the law fixes the length of this period (else the agency sets it in its step). */
    public boolean fixedByLaw() {
        return workingDays != null;
    }

    /** The length the law fixes; for a period the agency sets, an {@link IllegalStateException}. */
    public int workingDays() {
        if (workingDays == null) {
            throw new IllegalStateException("the " + words + " is set by the agency, not by law");
        }
        return workingDays;
    }

    public String words() {
        return words;
    }
}
