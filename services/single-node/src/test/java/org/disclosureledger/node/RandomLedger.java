package org.disclosureledger.node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random but possible ledger of one agency over several years, kept as plain case records so that a test can
 * count what each year's report must show by itself, without the code under test.
 */
final class RandomLedger {
    static final String[] CATEGORIES = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
            "SOCIAL_WELFARE_ORGANIZATION", "LEGAL_SERVICE_ORGANIZATION", "OTHER_ORGANIZATION"};
    static final String[] ANSWERS = {"DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET", "WITHHELD_PROHIBITED_BY_LAW",
            "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY_RIGHTS", "WITHHELD_INTERNAL_AFFAIRS", "WITHHELD_PROCESS_INFORMATION",
            "WITHHELD_ENFORCEMENT_CASE_FILE", "WITHHELD_ADMINISTRATIVE_INQUIRY", "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION",
            "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT", "NOT_PROCESSED_COMPLAINT", "NOT_PROCESSED_DUPLICATE", "NOT_PROCESSED_PUBLICATION",
            "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION", "OTHER"};
    static final String[] CHANNELS = {"WEBSITE", "WECHAT", "WEIBO", "GAZETTE", "NOTICE_BOARD", "PRESS", "APP", "OTHER"};
    static final String[] OUTCOMES = {"UPHELD", "CORRECTED", "OTHER"};

    /** An application as the report sees it; {@code row} is its result row once concluded. */
    record Case(String number, String category, LocalDate receivedOn, LocalDate concludedOn, String row, BigDecimal fee,
                LocalDate feeNoticeOn, LocalDate feePaidOn) {
    }

    record Document(String number, String kind, LocalDate issuedOn, LocalDate repealedOn) {
    }

    record Decisions(String kind, LocalDate on, int count) {
    }

    record Fee(LocalDate on, BigDecimal amount) {
    }

    record Item(String number, LocalDate on, String channel) {
    }

    /** A review ({@code block} review) or lawsuit (lawsuitDirect, lawsuitAfterReview). */
    record Litigation(String number, String block, LocalDate filedOn, LocalDate concludedOn, String outcome) {
    }

    final String agency;
    final List<Case> cases = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<Decisions> decisions = new ArrayList<>();
    final List<Fee> fees = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
    final List<Litigation> litigation = new ArrayList<>();
    private final Ledger ledger;
    private final Random random;
    private final LocalDate first;
    private final int days;

    private RandomLedger(String agency, Random random, int firstYear, int lastYear, Ledger ledger) {
        this.agency = agency;
        this.random = random;
        this.ledger = ledger;
        this.first = LocalDate.of(firstYear, 1, 1);
        this.days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
    }

    /** Generates the agency's ledger into {@code ledger} (after its AgencyRegistered line) and keeps its records. */
    static RandomLedger generate(String agency, Random random, int firstYear, int lastYear, Ledger ledger) {
        RandomLedger generated = new RandomLedger(agency, random, firstYear, lastYear, ledger);
        generated.generate();
        return generated;
    }

    private LocalDate anyDay() {
        return first.plusDays(random.nextInt(days));
    }

    private LocalDate after(LocalDate day, int atMost) {
        return day.plusDays(random.nextInt(atMost + 1));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private static String money(BigDecimal amount) {
        return amount.toPlainString();
    }

    private BigDecimal anyAmount() {
        return BigDecimal.valueOf(1 + random.nextInt(500_000), 2);
    }

    private void generate() {
        int applications = 25 + random.nextInt(20);
        for (int i = 1; i <= applications; i++) {
            application("A" + i);
        }
        for (int i = 1, n = 3 + random.nextInt(6); i <= n; i++) {
            String kind = chance(30) ? "RULE" : "NORMATIVE_DOCUMENT";
            LocalDate issued = anyDay().minusYears(1);
            LocalDate repealed = chance(40) ? after(issued, 700) : null;
            documents.add(new Document("D" + i, kind, issued, repealed));
            ledger.line("DocumentIssued", agency, "document", "D" + i, "kind", kind, "on", issued.toString(), "title", "文件" + i);
            if (repealed != null) {
                ledger.line("DocumentRepealed", agency, "document", "D" + i, "on", repealed.toString());
            }
        }
        Set<String> decisionDays = new HashSet<>();
        for (int i = 0, n = 5 + random.nextInt(10); i < n; i++) {
            Decisions batch = new Decisions(new String[] {"LICENSING", "PENALTY", "COMPULSION"}[random.nextInt(3)], anyDay(), 1 + random.nextInt(40));
            if (decisionDays.add(batch.kind() + batch.on())) {
                decisions.add(batch);
                ledger.line("DecisionsRecorded", agency, "kind", batch.kind(), "on", batch.on().toString(), "count", batch.count());
            }
        }
        Set<LocalDate> feeDays = new HashSet<>();
        for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) {
            Fee fee = new Fee(anyDay(), anyAmount());
            if (feeDays.add(fee.on())) {
                fees.add(fee);
                ledger.line("AdministrativeFeesCollected", agency, "on", fee.on().toString(), "amountYuan", money(fee.amount()));
            }
        }
        for (int i = 1, n = 10 + random.nextInt(30); i <= n; i++) {
            Item item = new Item("I" + i, anyDay(), CHANNELS[random.nextInt(CHANNELS.length)]);
            items.add(item);
            ledger.line("InformationPublished", agency, "item", item.number(), "on", item.on().toString(), "channel", item.channel());
        }
        for (int i = 1, n = 2 + random.nextInt(6); i <= n; i++) {
            litigation("R" + i, "review");
        }
        for (int i = 1, n = 1 + random.nextInt(5); i <= n; i++) {
            litigation("L" + i, chance(50) ? "lawsuitAfterReview" : "lawsuitDirect");
        }
    }

    private void application(String number) {
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        LocalDate received = anyDay();
        ledger.received(agency, number, received.toString(), category);
        LocalDate last = received;
        String row = null;
        BigDecimal fee = null;
        LocalDate feeNoticeOn = null;
        LocalDate feePaidOn = null;
        boolean supplemented = false;
        if (chance(25)) {
            last = after(last, 5);
            ledger.step("SupplementRequested", agency, number, last.toString());
            if (chance(50)) {
                last = after(last, 40);
                ledger.step("SupplementLapsed", agency, number, last.toString());
                row = "OTHER_NO_SUPPLEMENT";
            } else {
                last = after(last, 30);
                ledger.step("SupplementReceived", agency, number, last.toString());
                supplemented = true;
            }
        }
        if (row == null && chance(15)) {
            last = after(last, 15);
            ledger.step("ConsultationStarted", agency, number, last.toString(), "party", chance(50) ? "THIRD_PARTY" : "OTHER_AGENCY");
            last = after(last, 20);
            ledger.step("ConsultationEnded", agency, number, last.toString());
        }
        if (row == null && chance(20)) {
            fee = anyAmount();
            feeNoticeOn = after(last, 10);
            last = feeNoticeOn;
            ledger.step("FeeNoticeIssued", agency, number, last.toString(), "amountYuan", money(fee));
            if (chance(60)) {
                feePaidOn = after(last, 20);
                last = feePaidOn;
                ledger.step("FeePaid", agency, number, last.toString());
            } else {
                last = after(last, 40);
                ledger.step("FeeLapsed", agency, number, last.toString());
                row = "OTHER_FEE_UNPAID";
            }
        }
        if (row == null && chance(15)) {
            last = after(last, 20);
            ledger.step("ReplyExtended", agency, number, last.toString(), "workingDays", 1 + random.nextInt(20));
        }
        if (row == null) {
            int ending = random.nextInt(100);
            if (ending < 12) {
                last = null;
            } else if (ending < 22) {
                last = after(last, 30);
                ledger.step("ApplicationWithdrawn", agency, number, last.toString());
                row = "OTHER";
            } else {
                last = after(last, 60);
                row = ANSWERS[random.nextInt(ANSWERS.length)];
                if (row.equals("UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT") && !supplemented) {
                    row = "UNAVAILABLE_NOT_HELD"; // 补正后申请内容仍不明确 answers only an application whose supplement came in (Art. 30)
                }
                ledger.answered(agency, number, last.toString(), row);
            }
        }
        cases.add(new Case(number, category, received, row == null ? null : last, row, fee, feeNoticeOn, feePaidOn));
    }

    private void litigation(String number, String block) {
        LocalDate filed = anyDay();
        LocalDate concluded = chance(70) ? after(filed, 300) : null;
        String outcome = concluded == null ? null : OUTCOMES[random.nextInt(OUTCOMES.length)];
        litigation.add(new Litigation(number, block, filed, concluded, outcome));
        String kind = block.equals("review") ? "review" : "lawsuit";
        String type = block.equals("review") ? "Review" : "Lawsuit";
        if (block.equals("review")) {
            ledger.line("ReviewFiled", agency, kind, number, "on", filed.toString());
        } else {
            ledger.line("LawsuitFiled", agency, kind, number, "on", filed.toString(), "afterReview", block.equals("lawsuitAfterReview"));
        }
        if (concluded != null) {
            ledger.line(type + "Concluded", agency, kind, number, "on", concluded.toString(), "outcome", outcome);
        }
    }
}
