package org.disclosureledger.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a year's report must show for some generated ledgers, counted the plain way: one loop over the recorded
 * cases per table, comparing calendar years. Written apart from the calculator; it knows only the rules of
 * annual-report.md and the default policy FILED_IN_YEAR for table 四.
 */
final class IndependentCount {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROWS = List.of("NEW_THIS_YEAR", "CARRIED_OVER_FROM_LAST_YEAR", "DISCLOSED", "PARTIALLY_DISCLOSED",
            "WITHHELD_STATE_SECRET", "WITHHELD_PROHIBITED_BY_LAW", "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY_RIGHTS",
            "WITHHELD_INTERNAL_AFFAIRS", "WITHHELD_PROCESS_INFORMATION", "WITHHELD_ENFORCEMENT_CASE_FILE", "WITHHELD_ADMINISTRATIVE_INQUIRY",
            "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT", "NOT_PROCESSED_COMPLAINT",
            "NOT_PROCESSED_DUPLICATE", "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION",
            "OTHER_NO_SUPPLEMENT", "OTHER_FEE_UNPAID", "OTHER", "TOTAL_CONCLUDED", "CARRIED_FORWARD_TO_NEXT_YEAR");

    private IndependentCount() {
    }

    /**
     * The parts of the report JSON that come from the records: proactive, applications.rows, reviewsAndLawsuits,
     * processingFees (read back from its text, so that numbers compare as parsed JSON does).
     */
    static JsonNode expected(List<RandomLedger> scope, int year) {
        try {
            return JSON.readTree(counted(scope, year).toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode counted(List<RandomLedger> scope, int year) {
        ObjectNode report = JSON.createObjectNode();
        report.set("proactive", proactive(scope, year));
        report.set("rows", applications(scope, year));
        report.set("reviewsAndLawsuits", litigation(scope, year));
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        int applications = 0;
        for (RandomLedger ledger : scope) {
            for (RandomLedger.Case c : ledger.cases) {
                if (c.feePaidOn() != null && c.feePaidOn().getYear() == year) {
                    applications++;
                    paid = paid.add(c.fee());
                }
            }
        }
        ObjectNode fees = report.putObject("processingFees");
        fees.put("applications", applications);
        fees.put("amountYuan", paid.toPlainString());
        return report;
    }

    /** The same parts picked out of an actual report JSON. */
    static ObjectNode actual(JsonNode report) {
        ObjectNode picked = JSON.createObjectNode();
        picked.set("proactive", report.path("proactive"));
        picked.set("rows", report.path("applications").path("rows"));
        picked.set("reviewsAndLawsuits", report.path("reviewsAndLawsuits"));
        picked.set("processingFees", report.path("processingFees"));
        return picked;
    }

    private static ObjectNode applications(List<RandomLedger> scope, int year) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        ROWS.forEach(row -> rows.put(row, new long[7]));
        for (RandomLedger ledger : scope) {
            for (RandomLedger.Case c : ledger.cases) {
                int column = Arrays.asList(RandomLedger.CATEGORIES).indexOf(c.category());
                int received = c.receivedOn().getYear();
                Integer concluded = c.concludedOn() == null ? null : c.concludedOn().getYear();
                if (received == year) {
                    count(rows, "NEW_THIS_YEAR", column);
                }
                if (received < year && (concluded == null || concluded >= year)) {
                    count(rows, "CARRIED_OVER_FROM_LAST_YEAR", column);
                }
                if (concluded != null && concluded == year) {
                    count(rows, c.row(), column);
                    count(rows, "TOTAL_CONCLUDED", column);
                }
                if (received <= year && (concluded == null || concluded > year)) {
                    count(rows, "CARRIED_FORWARD_TO_NEXT_YEAR", column);
                }
            }
        }
        ObjectNode json = JSON.createObjectNode();
        rows.forEach((row, cells) -> {
            ArrayNode array = json.putArray(row);
            for (long cell : cells) {
                array.add(cell);
            }
        });
        return json;
    }

    private static void count(Map<String, long[]> rows, String row, int column) {
        rows.get(row)[column]++;
        rows.get(row)[6]++;
    }

    private static ObjectNode proactive(List<RandomLedger> scope, int year) {
        long[] rules = new long[3];
        long[] normative = new long[3];
        Map<String, Long> decisions = new TreeMap<>(Map.of("LICENSING", 0L, "PENALTY", 0L, "COMPULSION", 0L));
        BigDecimal fees = BigDecimal.ZERO.setScale(2);
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (String channel : RandomLedger.CHANNELS) {
            byChannel.put(channel, 0L);
        }
        long published = 0;
        for (RandomLedger ledger : scope) {
            for (RandomLedger.Document document : ledger.documents) {
                long[] counts = document.kind().equals("RULE") ? rules : normative;
                int issued = document.issuedOn().getYear();
                Integer repealed = document.repealedOn() == null ? null : document.repealedOn().getYear();
                counts[0] += issued == year ? 1 : 0;
                counts[1] += repealed != null && repealed == year ? 1 : 0;
                counts[2] += issued <= year && (repealed == null || repealed > year) ? 1 : 0;
            }
            for (RandomLedger.Decisions batch : ledger.decisions) {
                if (batch.on().getYear() == year) {
                    decisions.merge(batch.kind(), (long) batch.count(), Long::sum);
                }
            }
            for (RandomLedger.Fee fee : ledger.fees) {
                if (fee.on().getYear() == year) {
                    fees = fees.add(fee.amount());
                }
            }
            for (RandomLedger.Item item : ledger.items) {
                if (item.on().getYear() == year) {
                    byChannel.merge(item.channel(), 1L, Long::sum);
                    published++;
                }
            }
        }
        ObjectNode json = JSON.createObjectNode();
        json.set("rules", documents(rules));
        json.set("normativeDocuments", documents(normative));
        json.put("licensing", decisions.get("LICENSING"));
        json.put("penalty", decisions.get("PENALTY"));
        json.put("compulsion", decisions.get("COMPULSION"));
        json.put("administrativeFeesYuan", fees.toPlainString());
        ObjectNode publications = json.putObject("publications");
        publications.put("total", published);
        ObjectNode channels = publications.putObject("byChannel");
        byChannel.forEach((channel, items) -> {
            if (items > 0) {
                channels.put(channel, items);
            }
        });
        return json;
    }

    private static ObjectNode documents(long[] counts) {
        ObjectNode json = JSON.createObjectNode();
        json.put("issued", counts[0]);
        json.put("repealed", counts[1]);
        json.put("inForce", counts[2]);
        return json;
    }

    private static ObjectNode litigation(List<RandomLedger> scope, int year) {
        ObjectNode json = JSON.createObjectNode();
        for (String block : List.of("review", "lawsuitDirect", "lawsuitAfterReview")) {
            Map<String, Long> columns = new LinkedHashMap<>();
            for (String column : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                columns.put(column, 0L);
            }
            for (RandomLedger ledger : scope) {
                for (RandomLedger.Litigation c : ledger.litigation) {
                    if (!c.block().equals(block) || c.filedOn().getYear() != year) {
                        continue;
                    }
                    boolean decided = c.concludedOn() != null && c.concludedOn().getYear() <= year;
                    columns.merge(decided ? c.outcome() : "PENDING", 1L, Long::sum);
                    columns.merge("TOTAL", 1L, Long::sum);
                }
            }
            ObjectNode counts = json.putObject(block);
            columns.forEach(counts::put);
        }
        return json;
    }
}
