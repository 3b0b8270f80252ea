package org.disclosureledger.kernel.calendar;

/** What starts a count of working days (its day 0, not counted), in the words an explanation uses. */
public enum ClockStart {
    /** The date of receipt (Art. 31): the reply period and the supplement notice limit. */
    RECEIVED("received"),
    /** A requested supplement came in: a new reply period (Art. 30). */
    SUPPLEMENT_RECEIVED("supplement received"),
    /** The agency asked the applicant for a supplement: the applicant's period (Art. 30). */
    SUPPLEMENT_REQUESTED("supplement requested"),
    /** The request for opinion was sent, and is taken as received that day (Art. 32, 34). */
    REQUEST_FOR_OPINION_SENT("request for opinion sent"),
    /** The consulted party received the request for opinion (Art. 32, 34). */
    REQUEST_FOR_OPINION_RECEIVED("request for opinion received by the party"),
    /** The agency notified an information processing fee: the payment period (国办函〔2020〕109号). */
    FEE_NOTICE_ISSUED("fee notice issued"),
    /** The agency deferred the reply with a reasonable period (延迟答复, Art. 35). */
    REPLY_DEFERRED("reply deferred (Art. 35)"),
    /** The information was made or changed: the publication period (Art. 26). */
    MADE_OR_CHANGED("made or changed");

    private final String words;

    ClockStart(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
