package org.disclosureledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = OfficialCalendarFile.bundled();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theBundledScheduleCoversTwentyNineteenToTwentyTwentySix() {
        assertThat(calendar.schedules().keySet()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.version()).isEqualTo(1);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertThat(calendar.isWorkingDay(day("2021-10-09"))).as("Sat 9 Oct 2021, worked for National Day").isTrue();
        assertThat(calendar.isWorkingDay(day("2021-10-04"))).as("Mon 4 Oct 2021, National Day").isFalse();
        assertThat(calendar.isWorkingDay(day("2021-10-10"))).as("an ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(day("2018-12-29"))).as("Sat 29 Dec 2018, named by the 2019 notice").isTrue();
    }

    @Test
    void theDayAClockStartsIsNotCounted() {
        // Fri 24 Dec 2021 + 1 working day = Mon 27 Dec.
        assertThat(calendar.workingDaysAfter(day("2021-12-24"), 1).on()).isEqualTo(day("2021-12-27"));
        assertThat(calendar.workingDaysAfter(day("2021-12-24"), 0).on()).isEqualTo(day("2021-12-24"));
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestivalTwentyTwentyFive() {
        // Received Fri 24 Jan 2025. Sun 26 Jan worked; 28 Jan - 4 Feb off; Sat 8 Feb worked.
        // 1: Sun 26, 2: Mon 27, 3-7: 5-7 Feb (Wed-Fri) + Sat 8 = 3,4,5,6; 10-14 Feb = 7..11; 17-21 = 12..16; 24-27 = 17..20.
        assertThat(calendar.workingDaysAfter(day("2025-01-24"), 20).on()).isEqualTo(day("2025-02-27"));
    }

    @Test
    void daysBeyondThePublishedSchedulesAreProvisional() {
        DueDate due = calendar.workingDaysAfter(day("2026-12-15"), 20);
        assertThat(due.provisional()).isTrue();
        assertThat(calendar.workingDaysAfter(day("2026-11-02"), 20).provisional()).isFalse();
    }

    @Test
    void pausedDaysAreNotCounted() {
        // Mon 1 Mar 2021 + 5 working days, with Tue 2 and Wed 3 not counted: 4, 5, 8, 9, 10 Mar.
        Set<LocalDate> paused = Set.of(day("2021-03-02"), day("2021-03-03"));
        assertThat(calendar.workingDaysAfter(day("2021-03-01"), 5, paused::contains).on()).isEqualTo(day("2021-03-10"));
    }

    @Test
    void aNewScheduleMakesANewVersion() {
        HolidaySchedule y2027 = new HolidaySchedule(2027, Set.of(day("2027-01-01")), Set.of(), List.of("notice"));
        WorkingDayCalendar next = calendar.with(y2027);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.covers(day("2027-03-01"))).isTrue();
        assertThat(calendar.covers(day("2027-03-01"))).isFalse();
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        assertThatThrownBy(() -> new HolidaySchedule(2027, Set.of(day("2027-02-06")), Set.of(day("2027-02-06")), List.of()))
                .hasMessageContaining("both a holiday and a make-up working day");
    }
}
