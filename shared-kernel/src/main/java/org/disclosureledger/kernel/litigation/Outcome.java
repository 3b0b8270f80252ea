package org.disclosureledger.kernel.litigation;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** How a review or lawsuit ended (table 四): 维持 includes 驳回 of the claim; 纠正 covers 撤销, 变更, 确认违法, 责令履行; 其他 covers 终止, 撤回, 驳回起诉, 调解. */
public enum Outcome implements OfficialTerm {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
