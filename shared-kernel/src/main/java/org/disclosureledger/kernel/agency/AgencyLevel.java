package org.disclosureledger.kernel.agency;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** An agency's place in the hierarchy of government. */
public enum AgencyLevel implements OfficialTerm {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级"),
    DEPARTMENT("部门");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
