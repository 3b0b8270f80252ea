package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * The 21 result rows of table 三 (本年度办理结果): every concluded application counts under exactly one.
 * Two of them are reached only by a lapse, never by an answer: {@link #OTHER_NO_SUPPLEMENT} and
 * {@link #OTHER_FEE_UNPAID}.
 */
public enum ApplicationResult implements OfficialTerm {
    DISCLOSED(ResultGroup.DISCLOSED, "予以公开"),
    PARTIALLY_DISCLOSED(ResultGroup.PARTIALLY_DISCLOSED, "部分公开"),
    WITHHELD_STATE_SECRET(ResultGroup.WITHHELD, "属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(ResultGroup.WITHHELD, "其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_STABILITY(ResultGroup.WITHHELD, "危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(ResultGroup.WITHHELD, "保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(ResultGroup.WITHHELD, "属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(ResultGroup.WITHHELD, "属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_CASE_FILE(ResultGroup.WITHHELD, "属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_INQUIRY(ResultGroup.WITHHELD, "属于行政查询事项"),
    UNAVAILABLE_NOT_HELD(ResultGroup.UNAVAILABLE, "本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION(ResultGroup.UNAVAILABLE, "没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT(ResultGroup.UNAVAILABLE, "补正后申请内容仍不明确"),
    NOT_PROCESSED_COMPLAINT(ResultGroup.NOT_PROCESSED, "信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE(ResultGroup.NOT_PROCESSED, "重复申请"),
    NOT_PROCESSED_PUBLICATION(ResultGroup.NOT_PROCESSED, "要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE(ResultGroup.NOT_PROCESSED, "无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION(ResultGroup.NOT_PROCESSED, "要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_SUPPLEMENT(ResultGroup.OTHER_HANDLING, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID(ResultGroup.OTHER_HANDLING, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER(ResultGroup.OTHER_HANDLING, "其他");

    /** The printed blocks （一）…（六） of 三、本年度办理结果. */
    public enum ResultGroup {
        DISCLOSED, PARTIALLY_DISCLOSED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER_HANDLING
    }

    private final ResultGroup group;
    private final String label;

    ApplicationResult(ResultGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    public ResultGroup group() {
        return group;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether staff can give this result as an answer; the others follow only from a lapse. */
    public boolean givenByAnswer() {
        return this != OTHER_NO_SUPPLEMENT && this != OTHER_FEE_UNPAID;
    }
}
