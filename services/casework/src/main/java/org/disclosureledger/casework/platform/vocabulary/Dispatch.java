package org.disclosureledger.casework.platform.vocabulary;

import java.time.LocalDate;

/**
 * What a {@link LedgerRecord} records: its command; the case it opens or continues ({@code caseKey}, the case's id, or
 * null for facts outside any case); and its {@link Stage} with its business date, so that a file's records are
 * recorded in an order where what a record needs comes before it.
 */
public record Dispatch(Object command, Stage stage, String caseKey, boolean opensCase, LocalDate on) {

    public static Dispatch opening(Object command, Stage stage, Object caseId, LocalDate on) {
        return new Dispatch(command, stage, caseId.toString(), true, on);
    }

    public static Dispatch continuing(Object command, Stage stage, Object caseId, LocalDate on) {
        return new Dispatch(command, stage, caseId.toString(), false, on);
    }

    public static Dispatch outsideCases(Object command, LocalDate on) {
        return new Dispatch(command, Stage.OPENINGS, null, false, on);
    }

    /** Agencies first (parents before children), then what opens a case, then steps, then reviews and lawsuits and their ends. */
    public enum Stage {
        AGENCIES, OPENINGS, STEPS, LITIGATION, LITIGATION_ENDS
    }
}
