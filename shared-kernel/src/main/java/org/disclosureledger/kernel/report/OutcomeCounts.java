package org.disclosureledger.kernel.report;

/** One block of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
public record OutcomeCounts(long upheld, long corrected, long other, long pending, long total) {
    public static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0, 0);

    public static OutcomeCounts of(long upheld, long corrected, long other, long pending) {
        return new OutcomeCounts(upheld, corrected, other, pending, upheld + corrected + other + pending);
    }
}
