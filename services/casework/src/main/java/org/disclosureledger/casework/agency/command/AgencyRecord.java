package org.disclosureledger.casework.agency.command;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotNull;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.Dispatch.Stage;
import org.disclosureledger.casework.platform.vocabulary.Identifiers;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.agency.AgencyLevel;
import org.disclosureledger.platform.validation.RequiredText;

/** The agency's records of the ledger vocabulary. */
public sealed interface AgencyRecord extends LedgerRecord {

    /** {@code AgencyRegistered}: an agency under its parent (none at the top). Also the body of {@code POST /api/v1/agencies}. */
    @JsonTypeName("AgencyRegistered")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    record Registered(@RequiredText String agency, @RequiredText String name, @NotNull AgencyLevel level, String parent)
            implements AgencyRecord {
        @Override
        public Registered forAgency(AgencyCode code) {
            return new Registered(code.value(), name, level, parent);
        }

        @Override
        public Dispatch dispatch() {
            AgencyCode code = Identifiers.agency(agency);
            return Dispatch.opening(new RegisterAgency(code, name, level, Identifiers.optionalAgency("parent", parent)),
                    Stage.AGENCIES, code, null);
        }
    }
}
