package org.disclosureledger.kernel.calendar;

/**
 * What stops the reply clock (Art. 30, Art. 33 ¶3, 国办函〔2020〕109号), in the words an explanation uses, with the
 * period that ends the pause by itself when the step that ends it is not taken in time.
 */
public enum ClockPause {
    /** Waiting for the applicant's supplement (补正, Art. 30), at the longest the applicant's period. */
    AWAITING_SUPPLEMENT("waiting for the applicant's supplement", "the applicant's supplement period (Art. 30)"),
    /** Waiting for a consulted party's opinion (Art. 32, 34), at the longest its 15 working days. */
    CONSULTATION("consultation", "the consulted party's 15 working days (Art. 32, 34)"),
    /** A fee notified and not paid (Art. 42, 国办函〔2020〕109号), at the longest the payment period. */
    FEE_NOTICE("fee notice unpaid", "the payment period (国办函〔2020〕109号)");

    private final String words;
    private final String period;

    ClockPause(String words, String period) {
        this.words = words;
        this.period = period;
    }

    public String words() {
        return words;
    }

    /** The period that ends this pause at the latest. */
    public String period() {
        return period;
    }
}
