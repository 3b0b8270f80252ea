package org.disclosureledger.kernel.application;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** The applicant columns of table 三 (申请人情况). */
public enum ApplicantCategory implements OfficialTerm {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_ORGANIZATION("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
