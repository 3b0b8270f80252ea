package org.disclosureledger.kernel.calendar;

import java.util.List;

/**
 * A count of working days with its working shown: the due date it reached ({@code due}, null while a clock stands
 * still) and, in order, the steps that an auditor checks against the official notices and the case (the day it
 * started, pauses, holiday blocks skipped, make-up working days counted, days past the published schedules counted
 * by weekday only, the day it ended). {@link #explanation()} puts them into words.
 */
public record Reckoning(DueDate due, List<ReckoningStep> steps) {
    public Reckoning {
        steps = List.copyOf(steps);
    }

    /** The steps and the due date in words, one line each ({@link ReckoningText}). */
    public List<String> explanation() {
        return ReckoningText.lines(steps, due);
    }

    /**
     * Whether another count reached the same day, as firmly, the same way (compared as data): a new calendar version
     * alone is no change.
     */
    public boolean sameAs(Reckoning other) {
        DueDate otherDue = other.due();
        boolean sameDue = due == null ? otherDue == null
                : otherDue != null && due.on().equals(otherDue.on()) && due.provisional() == otherDue.provisional();
        return sameDue && steps.equals(other.steps());
    }
}
