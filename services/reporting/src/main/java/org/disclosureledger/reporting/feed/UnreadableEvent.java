package org.disclosureledger.reporting.feed;

/** A message of the topic this version cannot turn into a kernel event: it halts the feed until a version that can. */
public class UnreadableEvent extends RuntimeException {
    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
