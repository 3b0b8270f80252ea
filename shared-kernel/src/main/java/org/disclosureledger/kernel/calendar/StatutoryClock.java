package org.disclosureledger.kernel.calendar;

/** The statutory periods the ledger keeps, in working days, with the article that sets each. */
public enum StatutoryClock {
    /** Art. 30: a supplement (补正) must be asked for within 7 working days of receipt. */
    SUPPLEMENT_NOTICE(7, "supplement notice (Art. 30)"),
    /** Art. 33: the reply is due 20 working days after receipt (or after a supplement came in). */
    REPLY(20, "reply (Art. 33)"),
    /** Art. 32, 34: a consulted party has 15 working days to give its opinion. */
    CONSULTATION_OPINION(15, "consultation opinion (Art. 32)"),
    /** Art. 26: information is published within 20 working days of being made or changed. */
    PUBLICATION(20, "proactive publication (Art. 26)");

    private final int workingDays;
    private final String words;

    StatutoryClock(int workingDays, String words) {
        this.workingDays = workingDays;
        this.words = words;
    }

    public int workingDays() {
        return workingDays;
    }

    public String words() {
        return words;
    }
}
