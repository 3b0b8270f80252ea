package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;

/** A calendar year of the annual report, 1 January to 31 December; facts belong to it by their business dates. */
public record ReportYear(int value) {
    public ReportYear {
        if (value < 1 || value > 9999) {
            throw new IllegalArgumentException("a report year has four digits: " + value);
        }
    }

    public static ReportYear of(int value) {
        return new ReportYear(value);
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && date.getYear() == value;
    }

    /** Whether {@code date} is on or before 31 December of the year (false when there is no date). */
    public boolean reachedBy(LocalDate date) {
        return date != null && !date.isAfter(lastDay());
    }

    public ReportYear previous() {
        return new ReportYear(value - 1);
    }
}
