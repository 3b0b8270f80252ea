package org.disclosureledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Due dates around every holiday block of 2021–2026, against the official notices bundled as calendar version 1.
 * Each row: the start day (day 0, not counted), the working days, the due date; the comment above it is the count by
 * hand ("=k" numbers the working days, "off" a block of days off by notice, "worked" a weekend day worked, 调休上班).
 * The 7-day rows are the supplement-notice limit (Art. 30), the 20-day rows the reply period (Art. 33).
 */
class OfficialCalendarDueDatesTest {
    private final WorkingDayCalendar calendar = OfficialCalendarFile.bundled();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # Thu 31 Dec 2020 +7: 1 Jan–3 Jan off; 4–8 Jan =1–5; 11–12 Jan =6–7 -> Tue 12 Jan 2021
            2020-12-31, 7, 2021-01-12
            # Fri 5 Feb 2021 +20: Sun 7 Feb worked =1; 8–10 Feb =2–4; 11 Feb–17 Feb off; 18–19 Feb =5–6; Sat 20 Feb worked =7; 22–26 Feb =8–12; 1–5 Mar =13–17; 8–10 Mar =18–20 -> Wed 10 Mar 2021
            2021-02-05, 20, 2021-03-10
            # Wed 10 Feb 2021 +20: 11 Feb–17 Feb off; 18–19 Feb =1–2; Sat 20 Feb worked =3; 22–26 Feb =4–8; 1–5 Mar =9–13; 8–12 Mar =14–18; 15–16 Mar =19–20 -> Tue 16 Mar 2021
            2021-02-10, 20, 2021-03-16
            # Fri 12 Feb 2021 +20: 13 Feb–17 Feb off; 18–19 Feb =1–2; Sat 20 Feb worked =3; 22–26 Feb =4–8; 1–5 Mar =9–13; 8–12 Mar =14–18; 15–16 Mar =19–20 -> Tue 16 Mar 2021
            2021-02-12, 20, 2021-03-16
            # Fri 2 Apr 2021 +7: 3 Apr–5 Apr off; 6–9 Apr =1–4; 12–14 Apr =5–7 -> Wed 14 Apr 2021
            2021-04-02, 7, 2021-04-14
            # Fri 30 Apr 2021 +20: 1 May–5 May off; 6–7 May =1–2; Sat 8 May worked =3; 10–14 May =4–8; 17–21 May =9–13; 24–28 May =14–18; 31 May–1 Jun =19–20 -> Tue 1 Jun 2021
            2021-04-30, 20, 2021-06-01
            # Fri 11 Jun 2021 +7: 12 Jun–14 Jun off; 15–18 Jun =1–4; 21–23 Jun =5–7 -> Wed 23 Jun 2021
            2021-06-11, 7, 2021-06-23
            # Fri 17 Sep 2021 +7: Sat 18 Sep worked =1; 19 Sep–21 Sep off; 22–24 Sep =2–4; Sun 26 Sep worked =5; 27–28 Sep =6–7 -> Tue 28 Sep 2021
            2021-09-17, 7, 2021-09-28
            # Sat 18 Sep 2021 +7: 19 Sep–21 Sep off; 22–24 Sep =1–3; Sun 26 Sep worked =4; 27–29 Sep =5–7 -> Wed 29 Sep 2021
            2021-09-18, 7, 2021-09-29
            # Thu 30 Sep 2021 +20: 1 Oct–7 Oct off; 8 Oct =1; Sat 9 Oct worked =2; 11–15 Oct =3–7; 18–22 Oct =8–12; 25–29 Oct =13–17; 1–3 Nov =18–20 -> Wed 3 Nov 2021
            2021-09-30, 20, 2021-11-03
            # Sat 9 Oct 2021 +20: 11–15 Oct =1–5; 18–22 Oct =6–10; 25–29 Oct =11–15; 1–5 Nov =16–20 -> Fri 5 Nov 2021
            2021-10-09, 20, 2021-11-05
            # Fri 31 Dec 2021 +7: 1 Jan–3 Jan off; 4–7 Jan =1–4; 10–12 Jan =5–7 -> Wed 12 Jan 2022
            2021-12-31, 7, 2022-01-12
            # Sat 29 Jan 2022 +20: Sun 30 Jan worked =1; 31 Jan–6 Feb off; 7–11 Feb =2–6; 14–18 Feb =7–11; 21–25 Feb =12–16; 28 Feb–3 Mar =17–20 -> Thu 3 Mar 2022
            2022-01-29, 20, 2022-03-03
            # Fri 4 Feb 2022 +20: 5 Feb–6 Feb off; 7–11 Feb =1–5; 14–18 Feb =6–10; 21–25 Feb =11–15; 28 Feb–4 Mar =16–20 -> Fri 4 Mar 2022
            2022-02-04, 20, 2022-03-04
            # Fri 1 Apr 2022 +7: Sat 2 Apr worked =1; 3 Apr–5 Apr off; 6–8 Apr =2–4; 11–13 Apr =5–7 -> Wed 13 Apr 2022
            2022-04-01, 7, 2022-04-13
            # Sat 2 Apr 2022 +7: 3 Apr–5 Apr off; 6–8 Apr =1–3; 11–14 Apr =4–7 -> Thu 14 Apr 2022
            2022-04-02, 7, 2022-04-14
            # Fri 29 Apr 2022 +20: 30 Apr–4 May off; 5–6 May =1–2; Sat 7 May worked =3; 9–13 May =4–8; 16–20 May =9–13; 23–27 May =14–18; 30–31 May =19–20 -> Tue 31 May 2022
            2022-04-29, 20, 2022-05-31
            # Thu 2 Jun 2022 +7: 3 Jun–5 Jun off; 6–10 Jun =1–5; 13–14 Jun =6–7 -> Tue 14 Jun 2022
            2022-06-02, 7, 2022-06-14
            # Fri 9 Sep 2022 +7: 10 Sep–12 Sep off; 13–16 Sep =1–4; 19–21 Sep =5–7 -> Wed 21 Sep 2022
            2022-09-09, 7, 2022-09-21
            # Fri 30 Sep 2022 +20: 1 Oct–7 Oct off; Sat 8 Oct worked =1; Sun 9 Oct worked =2; 10–14 Oct =3–7; 17–21 Oct =8–12; 24–28 Oct =13–17; 31 Oct–2 Nov =18–20 -> Wed 2 Nov 2022
            2022-09-30, 20, 2022-11-02
            # Sat 8 Oct 2022 +7: Sun 9 Oct worked =1; 10–14 Oct =2–6; 17 Oct =7 -> Mon 17 Oct 2022
            2022-10-08, 7, 2022-10-17
            # Fri 30 Dec 2022 +7: 31 Dec–2 Jan off; 3–6 Jan =1–4; 9–11 Jan =5–7 -> Wed 11 Jan 2023
            2022-12-30, 7, 2023-01-11
            # Fri 20 Jan 2023 +20: 21 Jan–27 Jan off; Sat 28 Jan worked =1; Sun 29 Jan worked =2; 30 Jan–3 Feb =3–7; 6–10 Feb =8–12; 13–17 Feb =13–17; 20–22 Feb =18–20 -> Wed 22 Feb 2023
            2023-01-20, 20, 2023-02-22
            # Tue 4 Apr 2023 +7: 5 Apr off; 6–7 Apr =1–2; 10–14 Apr =3–7 -> Fri 14 Apr 2023
            2023-04-04, 7, 2023-04-14
            # Fri 28 Apr 2023 +20: 29 Apr–3 May off; 4–5 May =1–2; Sat 6 May worked =3; 8–12 May =4–8; 15–19 May =9–13; 22–26 May =14–18; 29–30 May =19–20 -> Tue 30 May 2023
            2023-04-28, 20, 2023-05-30
            # Wed 21 Jun 2023 +7: 22 Jun–24 Jun off; Sun 25 Jun worked =1; 26–30 Jun =2–6; 3 Jul =7 -> Mon 3 Jul 2023
            2023-06-21, 7, 2023-07-03
            # Thu 28 Sep 2023 +20: 29 Sep–6 Oct off; Sat 7 Oct worked =1; Sun 8 Oct worked =2; 9–13 Oct =3–7; 16–20 Oct =8–12; 23–27 Oct =13–17; 30 Oct–1 Nov =18–20 -> Wed 1 Nov 2023
            2023-09-28, 20, 2023-11-01
            # Fri 29 Dec 2023 +7: 30 Dec–1 Jan off; 2–5 Jan =1–4; 8–10 Jan =5–7 -> Wed 10 Jan 2024
            2023-12-29, 7, 2024-01-10
            # Sun 4 Feb 2024 +20: 5–9 Feb =1–5; 10 Feb–17 Feb off; Sun 18 Feb worked =6; 19–23 Feb =7–11; 26 Feb–1 Mar =12–16; 4–7 Mar =17–20 -> Thu 7 Mar 2024
            2024-02-04, 20, 2024-03-07
            # Fri 9 Feb 2024 +20: 10 Feb–17 Feb off; Sun 18 Feb worked =1; 19–23 Feb =2–6; 26 Feb–1 Mar =7–11; 4–8 Mar =12–16; 11–14 Mar =17–20 -> Thu 14 Mar 2024
            2024-02-09, 20, 2024-03-14
            # Wed 3 Apr 2024 +7: 4 Apr–6 Apr off; Sun 7 Apr worked =1; 8–12 Apr =2–6; 15 Apr =7 -> Mon 15 Apr 2024
            2024-04-03, 7, 2024-04-15
            # Tue 30 Apr 2024 +20: 1 May–5 May off; 6–10 May =1–5; Sat 11 May worked =6; 13–17 May =7–11; 20–24 May =12–16; 27–30 May =17–20 -> Thu 30 May 2024
            2024-04-30, 20, 2024-05-30
            # Fri 7 Jun 2024 +7: 8 Jun–10 Jun off; 11–14 Jun =1–4; 17–19 Jun =5–7 -> Wed 19 Jun 2024
            2024-06-07, 7, 2024-06-19
            # Sat 14 Sep 2024 +7: 15 Sep–17 Sep off; 18–20 Sep =1–3; 23–26 Sep =4–7 -> Thu 26 Sep 2024
            2024-09-14, 7, 2024-09-26
            # Mon 30 Sep 2024 +20: 1 Oct–7 Oct off; 8–11 Oct =1–4; Sat 12 Oct worked =5; 14–18 Oct =6–10; 21–25 Oct =11–15; 28 Oct–1 Nov =16–20 -> Fri 1 Nov 2024
            2024-09-30, 20, 2024-11-01
            # Tue 31 Dec 2024 +7: 1 Jan off; 2–3 Jan =1–2; 6–10 Jan =3–7 -> Fri 10 Jan 2025
            2024-12-31, 7, 2025-01-10
            # Sun 26 Jan 2025 +20: 27 Jan =1; 28 Jan–4 Feb off; 5–7 Feb =2–4; Sat 8 Feb worked =5; 10–14 Feb =6–10; 17–21 Feb =11–15; 24–28 Feb =16–20 -> Fri 28 Feb 2025
            2025-01-26, 20, 2025-02-28
            # Mon 27 Jan 2025 +20: 28 Jan–4 Feb off; 5–7 Feb =1–3; Sat 8 Feb worked =4; 10–14 Feb =5–9; 17–21 Feb =10–14; 24–28 Feb =15–19; 3 Mar =20 -> Mon 3 Mar 2025
            2025-01-27, 20, 2025-03-03
            # Thu 3 Apr 2025 +7: 4 Apr–6 Apr off; 7–11 Apr =1–5; 14–15 Apr =6–7 -> Tue 15 Apr 2025
            2025-04-03, 7, 2025-04-15
            # Wed 30 Apr 2025 +20: 1 May–5 May off; 6–9 May =1–4; 12–16 May =5–9; 19–23 May =10–14; 26–30 May =15–19; 31 May–2 Jun off; 3 Jun =20 -> Tue 3 Jun 2025
            2025-04-30, 20, 2025-06-03
            # Fri 30 May 2025 +7: 31 May–2 Jun off; 3–6 Jun =1–4; 9–11 Jun =5–7 -> Wed 11 Jun 2025
            2025-05-30, 7, 2025-06-11
            # Tue 30 Sep 2025 +20: 1 Oct–8 Oct off; 9–10 Oct =1–2; Sat 11 Oct worked =3; 13–17 Oct =4–8; 20–24 Oct =9–13; 27–31 Oct =14–18; 3–4 Nov =19–20 -> Tue 4 Nov 2025
            2025-09-30, 20, 2025-11-04
            # Wed 31 Dec 2025 +7: 1 Jan–3 Jan off; Sun 4 Jan worked =1; 5–9 Jan =2–6; 12 Jan =7 -> Mon 12 Jan 2026
            2025-12-31, 7, 2026-01-12
            # Fri 13 Feb 2026 +20: Sat 14 Feb worked =1; 15 Feb–23 Feb off; 24–27 Feb =2–5; Sat 28 Feb worked =6; 2–6 Mar =7–11; 9–13 Mar =12–16; 16–19 Mar =17–20 -> Thu 19 Mar 2026
            2026-02-13, 20, 2026-03-19
            # Sat 14 Feb 2026 +20: 15 Feb–23 Feb off; 24–27 Feb =1–4; Sat 28 Feb worked =5; 2–6 Mar =6–10; 9–13 Mar =11–15; 16–20 Mar =16–20 -> Fri 20 Mar 2026
            2026-02-14, 20, 2026-03-20
            # Fri 3 Apr 2026 +7: 4 Apr–6 Apr off; 7–10 Apr =1–4; 13–15 Apr =5–7 -> Wed 15 Apr 2026
            2026-04-03, 7, 2026-04-15
            # Thu 30 Apr 2026 +20: 1 May–5 May off; 6–8 May =1–3; Sat 9 May worked =4; 11–15 May =5–9; 18–22 May =10–14; 25–29 May =15–19; 1 Jun =20 -> Mon 1 Jun 2026
            2026-04-30, 20, 2026-06-01
            # Thu 18 Jun 2026 +7: 19 Jun–21 Jun off; 22–26 Jun =1–5; 29–30 Jun =6–7 -> Tue 30 Jun 2026
            2026-06-18, 7, 2026-06-30
            # Thu 24 Sep 2026 +7: 25 Sep–27 Sep off; 28–30 Sep =1–3; 1 Oct–7 Oct off; 8–9 Oct =4–5; Sat 10 Oct worked =6; 12 Oct =7 -> Mon 12 Oct 2026
            2026-09-24, 7, 2026-10-12
            # Wed 30 Sep 2026 +20: 1 Oct–7 Oct off; 8–9 Oct =1–2; Sat 10 Oct worked =3; 12–16 Oct =4–8; 19–23 Oct =9–13; 26–30 Oct =14–18; 2–3 Nov =19–20 -> Tue 3 Nov 2026
            2026-09-30, 20, 2026-11-03
            """)
    void dueDateAroundEachHolidayBlock(LocalDate start, int workingDays, LocalDate due) {
        DueDate computed = calendar.workingDaysAfter(start, workingDays);
        assertThat(computed.on()).isEqualTo(due);
        assertThat(computed.provisional()).isFalse();
        assertThat(computed.calendarVersion()).isEqualTo(1);
    }

    @Test
    void theCountExplainsItselfWithTheHolidayBlocksAndTheMakeUpDays() {
        // Received Thu 30 Sep 2021, the last working day before National Day.
        Reckoning reckoning = calendar.reckon(LocalDate.of(2021, 9, 30), 20);
        assertThat(reckoning.due()).isEqualTo(new DueDate(LocalDate.of(2021, 11, 3), false, 1));
        assertThat(reckoning.steps()).containsExactly(
                new ReckoningStep.Holidays(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7)),
                new ReckoningStep.MakeupWorkday(LocalDate.of(2021, 10, 9), 2),
                new ReckoningStep.Reached(LocalDate.of(2021, 11, 3), 20));
        assertThat(reckoning.explanation()).containsExactly(
                "2021-10-01 to 2021-10-07: official holidays, not counted",
                "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
                "day 20 of 20: 2021-11-03 (Wed)",
                "due 2021-11-03 (calendar version 1)");
    }

    @Test
    void aCountPastThePublishedSchedulesIsProvisionalAndSaysSo() {
        // Wed 16 Dec 2026 + 20: 17-18 Dec =1-2; 21-25 =3-7; 28-31 =8-11; 2027 unknown: Fri 1 Jan =12 (weekday only);
        // 4-8 Jan =13-17; 11-13 Jan =18-20 -> Wed 13 Jan 2027, provisional.
        Reckoning reckoning = calendar.reckon(LocalDate.of(2026, 12, 16), 20);
        assertThat(reckoning.due()).isEqualTo(new DueDate(LocalDate.of(2027, 1, 13), true, 1));
        assertThat(reckoning.steps()).containsExactly(
                new ReckoningStep.PastPublishedSchedules(LocalDate.of(2027, 1, 1)),
                new ReckoningStep.Reached(LocalDate.of(2027, 1, 13), 20));
        assertThat(reckoning.explanation()).containsExactly(
                "from 2027-01-01: no official holiday schedule for 2027 is known; Monday to Friday counted as working days (provisional)",
                "day 20 of 20: 2027-01-13 (Wed)",
                "due 2027-01-13 (calendar version 1; provisional: counted past the published holiday schedules by weekdays only)");
    }

    @Test
    void adoptingTheNextYearsScheduleMakesTheCountFirmUnderTheNextVersion() {
        // A 2027 notice with 1-3 Jan off (Fri-Sun) and no make-up day: Fri 1 Jan is no longer counted.
        // 17-18 Dec =1-2; 21-25 =3-7; 28-31 =8-11; 1-3 Jan off; 4-8 Jan =12-16; 11-14 Jan =17-20 -> Thu 14 Jan 2027.
        WorkingDayCalendar next = calendar.with(new HolidaySchedule(2027,
                Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)), Set.of(), List.of("notice")));
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.workingDaysAfter(LocalDate.of(2026, 12, 16), 20)).isEqualTo(new DueDate(LocalDate.of(2027, 1, 14), false, 2));
    }

    @Test
    void pausedDaysAreNotCounted() {
        // Fri 8 Oct 2021 + 15, with 11-12 Oct paused: Sat 9 =1; 13-15 =2-4; 18-22 =5-9; 25-29 =10-14; Mon 1 Nov =15.
        DueDate due = calendar.workingDaysAfter(LocalDate.of(2021, 10, 8), 15,
                day -> !day.isBefore(LocalDate.of(2021, 10, 11)) && !day.isAfter(LocalDate.of(2021, 10, 12)));
        assertThat(due.on()).isEqualTo(LocalDate.of(2021, 11, 1));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(calendar.workingDaysAfter(LocalDate.of(2021, 10, 1), 0).on()).isEqualTo(LocalDate.of(2021, 10, 1));
    }
}
