package org.disclosureledger.casework.fees;

import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.application.FeeComputation;
import org.disclosureledger.kernel.money.Yuan;

/**
 * The information processing fees of 国办函〔2020〕109号, both progressive (marginal) schedules, computed exactly with
 * each band shown:
 * <ul>
 *   <li>per application (按件), counted per applicant per calendar month: the 1st–10th free, the 11th–30th 100元 each,
 *   then each band of 10 costs 100元 more per application than the band before (31st–40th 200元, 41st–50th 300元, …);</li>
 *   <li>per volume (按量): pages 1–30 free, 31–100 10元 a page, 101–200 20元 a page, from 201 40元 a page.</li>
 * </ul>
 */
public final class ProcessingFeeSchedule {
    /** The most a quantity may be: beyond it the input is surely a mistake. */
    public static final int MAX_QUANTITY = 1_000_000;

    private record Band(int from, int to, long yuanEach) {
    }

    private static final List<Band> PAGES = List.of(new Band(1, 30, 0), new Band(31, 100, 10), new Band(101, 200, 20),
            new Band(201, Integer.MAX_VALUE, 40));

    private ProcessingFeeSchedule() {
    }

    /** The fee of one application that is the {@code nth} of its applicant in the calendar month. */
    public static FeeComputation nthApplicationOfTheMonth(int nth) {
        requireQuantity(nth, "the application's number in the month");
        long each = applicationFee(nth);
        String band = applicationBand(nth);
        return new FeeComputation(FeeBasis.PER_APPLICATION, nth, List.of("application no. " + nth + " of the applicant this month is in band "
                + band + ": " + each + "元"), Yuan.of(each));
    }

    /** The fees of {@code count} applications of one applicant in one calendar month, band by band. */
    public static FeeComputation applicationsInAMonth(int count) {
        requireQuantity(count, "the number of applications in the month");
        List<String> lines = new ArrayList<>();
        long total = 0;
        int from = 1;
        while (from <= count) {
            int bandEnd = bandEnd(from);
            int to = Math.min(bandEnd, count);
            long each = applicationFee(from);
            long amount = each * (to - from + 1);
            lines.add(ordinalRange(from, to) + ": " + (to - from + 1) + " × " + each + "元 = " + amount + "元");
            total += amount;
            from = to + 1;
        }
        lines.add("total: " + total + "元");
        return new FeeComputation(FeeBasis.PER_APPLICATION, count, lines, Yuan.of(total));
    }

    /** The fee of {@code pages} pages (paper copies, e-mail or copied data), band by band. */
    public static FeeComputation pages(int pages) {
        requireQuantity(pages, "pages");
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (Band band : PAGES) {
            if (pages < band.from()) {
                break;
            }
            int to = Math.min(band.to(), pages);
            long amount = band.yuanEach() * (to - band.from() + 1);
            lines.add("pages " + band.from() + "–" + to + ": " + (to - band.from() + 1) + " × " + band.yuanEach() + "元 = " + amount + "元");
            total += amount;
        }
        lines.add("total: " + total + "元");
        return new FeeComputation(FeeBasis.PER_VOLUME, pages, lines, Yuan.of(total));
    }

    /** The fee a fee notice charges: by the application's number in the month, or by its pages. */
    public static FeeComputation forOneApplication(FeeBasis basis, int quantity) {
        return switch (basis) {
            case PER_APPLICATION -> nthApplicationOfTheMonth(quantity);
            case PER_VOLUME -> pages(quantity);
        };
    }

    private static long applicationFee(int nth) {
        if (nth <= 10) {
            return 0;
        }
        if (nth <= 30) {
            return 100;
        }
        return 200 + 100L * ((nth - 31) / 10);
    }

    private static int bandEnd(int nth) {
        if (nth <= 10) {
            return 10;
        }
        if (nth <= 30) {
            return 30;
        }
        return 31 + ((nth - 31) / 10) * 10 + 9;
    }

    private static String applicationBand(int nth) {
        int end = bandEnd(nth);
        int start = nth <= 10 ? 1 : nth <= 30 ? 11 : end - 9;
        return ordinalRange(start, end);
    }

    private static String ordinalRange(int from, int to) {
        return from == to ? "application " + from : "applications " + from + "–" + to;
    }

    private static void requireQuantity(int quantity, String what) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_QUANTITY + ": " + quantity);
        }
    }
}
