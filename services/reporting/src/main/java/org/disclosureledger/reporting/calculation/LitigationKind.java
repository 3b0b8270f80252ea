package org.disclosureledger.reporting.calculation;

/** The three blocks of table 四, with the names the report JSON gives them. */
public enum LitigationKind {
    REVIEW("review"),
    LAWSUIT_DIRECT("lawsuitDirect"),
    LAWSUIT_AFTER_REVIEW("lawsuitAfterReview");

    private final String block;

    LitigationKind(String block) {
        this.block = block;
    }

    /** The block's name in the report JSON and in provenance requests. */
    public String block() {
        return block;
    }

    public static LitigationKind ofBlock(String block) {
        for (LitigationKind kind : values()) {
            if (kind.block.equals(block)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("table 4 has the rows review, lawsuitDirect and lawsuitAfterReview, not " + block);
    }
}
