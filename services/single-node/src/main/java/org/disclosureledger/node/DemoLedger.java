package org.disclosureledger.node;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.application.ReceiptChannel;
import org.disclosureledger.kernel.calendar.OfficialCalendarFile;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.disclosureledger.kernel.proactive.DecisionKind;
import org.disclosureledger.kernel.proactive.PublicationChannel;

/**
 * The demo's ledger, as an agency would import it: a county government with two departments and two townships,
 * and a year of their work (applications and every kind of step, publications, documents, decisions, fees,
 * reviews and lawsuits), from the December before that year to its end, plus a few applications still open in the
 * weeks before today. Seeded: the same lines every time, so that recording them again records nothing new.
 */
final class DemoLedger {
    /** The county at the top of the demo's agencies: its staff see every demo agency's applicants. */
    static final String COUNTY = "demo-county";

    private static final String[][] AGENCIES = {
            {COUNTY, "示范县人民政府", "COUNTY", null},
            {"demo-county-finance", "示范县财政局", "DEPARTMENT", "demo-county"},
            {"demo-county-land", "示范县自然资源局", "DEPARTMENT", "demo-county"},
            {"demo-east", "东湖镇人民政府", "TOWNSHIP", "demo-county"},
            {"demo-west", "西山乡人民政府", "TOWNSHIP", "demo-county"},
    };

    private final WorkingDayCalendar calendar = OfficialCalendarFile.bundled();
    private final Random random = new Random(2021_0930L);
    private final List<String> lines = new ArrayList<>();

    /** The year before {@code today}'s in full, and a few applications still open in the last weeks before today. */
    static String upTo(LocalDate today) {
        return new DemoLedger().generate(today.getYear() - 1, today);
    }

    private String generate(int year, LocalDate today) {
        for (String[] agency : AGENCIES) {
            lines.add("{\"type\":\"AgencyRegistered\",\"agency\":\"" + agency[0] + "\",\"name\":\"" + agency[1] + "\",\"level\":\""
                    + agency[2] + "\"" + (agency[3] == null ? "" : ",\"parent\":\"" + agency[3] + "\"") + "}");
        }
        for (String[] agency : AGENCIES) {
            applications(agency[0], year);
            proactive(agency[0], year);
            litigation(agency[0], year);
            openApplications(agency[0], today);
        }
        return String.join("\n", lines) + "\n";
    }

    private void applications(String agency, int year) {
        int count = 15 + random.nextInt(30);
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        for (int n = 1; n <= count; n++) {
            LocalDate received = workingDayAfter(first.plusDays(random.nextInt(395)));
            String id = year + "-" + String.format("%03d", n);
            String at = "\"agency\":\"" + agency + "\",\"application\":\"" + id + "\"";
            ApplicantCategory category = random.nextInt(10) < 7 ? ApplicantCategory.NATURAL_PERSON
                    : ApplicantCategory.values()[1 + random.nextInt(5)];
            ReceiptChannel channel = ReceiptChannel.values()[random.nextInt(ReceiptChannel.values().length)];
            lines.add("{\"type\":\"ApplicationReceived\"," + at + ",\"receivedOn\":\"" + received + "\",\"applicantCategory\":\""
                    + category + "\",\"channel\":\"" + channel + "\",\"applicantName\":\"申请人" + n + "\",\"subject\":\"关于"
                    + agency + "第" + n + "号信息的申请\"}");
            LocalDate day = received;
            LocalDate end = LocalDate.of(year, 12, 31);
            int path = random.nextInt(100);
            boolean supplemented = false;
            if (path < 10) {
                day = step(at, "SupplementRequested", day, 3, "");
                if (path < 3) {
                    step(at, "SupplementLapsed", day.plusDays(16), 0, "");
                    continue;
                }
                day = step(at, "SupplementReceived", day, 8, "");
                supplemented = true;
            } else if (path < 18) {
                day = step(at, "ConsultationStarted", day, 5, ",\"party\":\"THIRD_PARTY\"");
                day = step(at, "ConsultationEnded", day, 12, "");
            } else if (path < 20) {
                day = step(at, "FeeNoticeIssued", day, 4, ",\"amountYuan\":\"" + (100 * (1 + random.nextInt(20))) + ".00\"");
                if (path == 18) {
                    step(at, "FeeLapsed", day.plusDays(30), 0, "");
                    continue;
                }
                day = step(at, "FeePaid", day, 6, "");
            } else if (path < 25) {
                step(at, "ApplicationWithdrawn", day, 6, "");
                continue;
            }
            if (random.nextInt(100) < 15) {
                day = step(at, "ReplyExtended", day, 15, ",\"workingDays\":" + (5 + random.nextInt(16)));
            }
            LocalDate answered = calendar.workingDaysAfter(day, 2 + random.nextInt(25)).on();
            if (!answered.isAfter(end)) {
                lines.add("{\"type\":\"ApplicationAnswered\"," + at + ",\"on\":\"" + answered + "\",\"result\":\"" + result(supplemented) + "\"}");
            }
        }
    }

    /** Applications received in the five weeks before today and not yet answered: due soon, overdue, paused. */
    private void openApplications(String agency, LocalDate today) {
        Random recent = new Random(today.toEpochDay() + agency.hashCode());
        int count = 3 + recent.nextInt(4);
        for (int n = 1; n <= count; n++) {
            LocalDate received = today.minusDays(3 + recent.nextInt(33));
            while (!calendar.isWorkingDay(received)) {
                received = received.minusDays(1);
            }
            String id = "open-" + received + "-" + n;
            String at = "\"agency\":\"" + agency + "\",\"application\":\"" + id + "\"";
            lines.add("{\"type\":\"ApplicationReceived\"," + at + ",\"receivedOn\":\"" + received
                    + "\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"ONLINE\"}");
            LocalDate next = calendar.workingDaysAfter(received, 2).on();
            if (next.isAfter(today)) {
                continue;
            }
            if (n == 1) {
                lines.add("{\"type\":\"SupplementRequested\"," + at + ",\"on\":\"" + next + "\"}");
            } else if (n == 2) {
                lines.add("{\"type\":\"ConsultationStarted\"," + at + ",\"on\":\"" + next + "\",\"party\":\"OTHER_AGENCY\"}");
            }
        }
    }

    private ApplicationResult result(boolean supplemented) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return ApplicationResult.DISCLOSED;
        }
        if (roll < 60) {
            return ApplicationResult.PARTIALLY_DISCLOSED;
        }
        if (roll < 80) {
            return ApplicationResult.UNAVAILABLE_NOT_HELD;
        }
        // 补正后申请内容仍不明确 only answers an application whose supplement came in (Art. 30).
        ApplicationResult[] answers = java.util.Arrays.stream(ApplicationResult.values()).filter(ApplicationResult::givenByAnswer)
                .filter(result -> supplemented || result != ApplicationResult.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT)
                .toArray(ApplicationResult[]::new);
        return answers[random.nextInt(answers.length)];
    }

    private LocalDate step(String at, String type, LocalDate after, int withinWorkingDays, String fields) {
        LocalDate on = calendar.workingDaysAfter(after, 1 + random.nextInt(Math.max(1, withinWorkingDays))).on();
        lines.add("{\"type\":\"" + type + "\"," + at + ",\"on\":\"" + on + "\"" + fields + "}");
        return on;
    }

    private void proactive(String agency, int year) {
        PublicationChannel[] channels = PublicationChannel.values();
        int items = 40 + random.nextInt(120);
        for (int n = 1; n <= items; n++) {
            LocalDate on = workingDayAfter(LocalDate.of(year, 1, 1).plusDays(random.nextInt(360)));
            PublicationChannel channel = random.nextInt(3) == 0 ? PublicationChannel.WECHAT : channels[random.nextInt(channels.length)];
            lines.add("{\"type\":\"InformationPublished\",\"agency\":\"" + agency + "\",\"item\":\"" + year + "-" + n + "\",\"on\":\""
                    + on + "\",\"channel\":\"" + channel + "\",\"title\":\"公开信息第" + n + "条\"}");
        }
        int documents = random.nextInt(5);
        for (int n = 1; n <= documents; n++) {
            LocalDate issued = workingDayAfter(LocalDate.of(year - 1 - random.nextInt(3), 1, 1).plusDays(random.nextInt(360)));
            String kind = agency.equals("demo-county") && n == 1 ? "RULE" : "NORMATIVE_DOCUMENT";
            lines.add("{\"type\":\"DocumentIssued\",\"agency\":\"" + agency + "\",\"document\":\"" + agency + "-规-" + issued.getYear()
                    + "-" + n + "\",\"kind\":\"" + kind + "\",\"on\":\"" + issued + "\",\"title\":\"规范性文件" + n + "\"}");
            if (random.nextInt(4) == 0) {
                lines.add("{\"type\":\"DocumentRepealed\",\"agency\":\"" + agency + "\",\"document\":\"" + agency + "-规-" + issued.getYear()
                        + "-" + n + "\",\"on\":\"" + workingDayAfter(LocalDate.of(year, 6, 1)) + "\"}");
            }
        }
        for (int month = 1; month <= 12; month++) {
            for (DecisionKind kind : DecisionKind.values()) {
                if (random.nextInt(3) > 0) {
                    lines.add("{\"type\":\"DecisionsRecorded\",\"agency\":\"" + agency + "\",\"kind\":\"" + kind + "\",\"on\":\""
                            + workingDayAfter(LocalDate.of(year, month, 20)) + "\",\"count\":" + (1 + random.nextInt(12)) + "}");
                }
            }
            if (random.nextInt(4) == 0) {
                lines.add("{\"type\":\"AdministrativeFeesCollected\",\"agency\":\"" + agency + "\",\"on\":\""
                        + workingDayAfter(LocalDate.of(year, month, 25)) + "\",\"amountYuan\":\"" + (random.nextInt(500000) / 100.0) + "\"}");
            }
        }
    }

    private void litigation(String agency, int year) {
        String[] outcomes = {"UPHELD", "CORRECTED", "OTHER"};
        for (int n = 1; n <= random.nextInt(3); n++) {
            LocalDate filed = workingDayAfter(LocalDate.of(year, 1 + random.nextInt(11), 1));
            lines.add("{\"type\":\"ReviewFiled\",\"agency\":\"" + agency + "\",\"review\":\"复-" + year + "-" + n + "\",\"on\":\"" + filed + "\"}");
            if (random.nextBoolean()) {
                lines.add("{\"type\":\"ReviewConcluded\",\"agency\":\"" + agency + "\",\"review\":\"复-" + year + "-" + n + "\",\"on\":\""
                        + calendar.workingDaysAfter(filed, 40).on() + "\",\"outcome\":\"" + outcomes[random.nextInt(3)] + "\"}");
            }
        }
        for (int n = 1; n <= random.nextInt(2); n++) {
            LocalDate filed = workingDayAfter(LocalDate.of(year, 1 + random.nextInt(10), 1));
            lines.add("{\"type\":\"LawsuitFiled\",\"agency\":\"" + agency + "\",\"lawsuit\":\"诉-" + year + "-" + n + "\",\"on\":\"" + filed
                    + "\",\"afterReview\":" + random.nextBoolean() + "}");
            if (random.nextBoolean()) {
                lines.add("{\"type\":\"LawsuitConcluded\",\"agency\":\"" + agency + "\",\"lawsuit\":\"诉-" + year + "-" + n + "\",\"on\":\""
                        + calendar.workingDaysAfter(filed, 50).on() + "\",\"outcome\":\"" + outcomes[random.nextInt(3)] + "\"}");
            }
        }
    }

    private LocalDate workingDayAfter(LocalDate day) {
        LocalDate at = day;
        while (!calendar.isWorkingDay(at) || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
            at = at.plusDays(1);
        }
        return at;
    }
}
