package org.disclosureledger.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * China's working days: Monday to Friday unless an official holiday, plus the weekend days declared make-up
 * working days. A date in a year with no published schedule is counted by weekdays only and marked
 * provisional, never assumed silently.
 */
public final class WorkingDayCalendar {
    private final int version;
    private final SortedMap<Integer, HolidaySchedule> schedules;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeupWorkdays = new HashSet<>();

    public WorkingDayCalendar(int version, Collection<HolidaySchedule> schedules) {
        if (version < 1) {
            throw new IllegalArgumentException("calendar version starts at 1: " + version);
        }
        this.version = version;
        SortedMap<Integer, HolidaySchedule> byYear = new TreeMap<>();
        for (HolidaySchedule schedule : schedules) {
            byYear.put(schedule.year(), schedule);
        }
        this.schedules = Collections.unmodifiableSortedMap(byYear);
        byYear.values().forEach(schedule -> {
            holidays.addAll(schedule.holidays());
            makeupWorkdays.addAll(schedule.makeupWorkdays());
        });
        holidays.removeAll(makeupWorkdays);
    }

    /** The version every due date names, so that it can be recomputed when the calendar changes. */
    public int version() {
        return version;
    }

    public SortedMap<Integer, HolidaySchedule> schedules() {
        return schedules;
    }

    /** Whether the official schedule of this date's year is known. */
    public boolean covers(LocalDate day) {
        return schedules.containsKey(day.getYear());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeupWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The end of the {@code n}-th working day after {@code start} (day 0, not counted), skipping the days
     * for which {@code notCounted} holds (a paused clock). {@code n = 0} is the start day itself.
     */
    public DueDate workingDaysAfter(LocalDate start, int n, Predicate<LocalDate> notCounted) {
        return reckon(start, n, notCounted).due();
    }

    public DueDate workingDaysAfter(LocalDate start, int n) {
        return workingDaysAfter(start, n, day -> false);
    }

    public Reckoning reckon(LocalDate start, int n) {
        return reckon(start, n, day -> false);
    }

    /** A count from its {@code start} step: that step, then the calendar's own steps up to the day the count ends. */
    public Reckoning reckon(ReckoningStep.Start start) {
        Reckoning count = reckon(start.on(), start.workingDays());
        List<ReckoningStep> steps = new ArrayList<>(count.steps().size() + 1);
        steps.add(start);
        steps.addAll(count.steps());
        return new Reckoning(count.due(), steps);
    }

    /**
     * Counts as {@link #workingDaysAfter(LocalDate, int, Predicate)} does and records, as steps, what an auditor needs
     * to check the count by hand: each block of days off that contains an official holiday, each weekend day worked
     * (调休上班) that was counted, the first day counted past the published schedules (weekdays only, provisional),
     * and the day the count ends. Weekends and paused days are not listed; the caller names its start and its pauses.
     */
    public Reckoning reckon(LocalDate start, int n, Predicate<LocalDate> notCounted) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        List<ReckoningStep> steps = new ArrayList<>();
        LocalDate day = start;
        boolean provisional = false;
        int counted = 0;
        LocalDate offFrom = null;
        boolean offHasHoliday = false;
        while (counted < n) {
            day = day.plusDays(1);
            if (!covers(day) && !provisional) {
                provisional = true;
                steps.add(new ReckoningStep.PastPublishedSchedules(day));
            }
            if (!isWorkingDay(day)) {
                offFrom = offFrom == null ? day : offFrom;
                offHasHoliday |= isHoliday(day);
                continue;
            }
            if (offFrom != null) {
                if (offHasHoliday) {
                    steps.add(new ReckoningStep.Holidays(offFrom, day.minusDays(1)));
                }
                offFrom = null;
                offHasHoliday = false;
            }
            if (notCounted.test(day)) {
                continue;
            }
            counted++;
            if (isMakeupWorkday(day)) {
                steps.add(new ReckoningStep.MakeupWorkday(day, counted));
            }
        }
        steps.add(new ReckoningStep.Reached(day, n));
        return new Reckoning(new DueDate(day, provisional, version), steps);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether the day is an official holiday (a day off by notice, not merely a weekend). */
    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** Whether the day is a weekend day worked by notice (调休上班). */
    public boolean isMakeupWorkday(LocalDate day) {
        return makeupWorkdays.contains(day) && isWeekend(day);
    }

    /** Working days in (from, to]: 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** A calendar with one year's schedule added or replaced, under the next version. */
    public WorkingDayCalendar with(HolidaySchedule schedule) {
        Map<Integer, HolidaySchedule> next = new TreeMap<>(schedules);
        next.put(schedule.year(), schedule);
        return new WorkingDayCalendar(version + 1, next.values());
    }
}
