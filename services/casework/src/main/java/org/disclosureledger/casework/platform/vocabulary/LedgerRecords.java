package org.disclosureledger.casework.platform.vocabulary;

import org.disclosureledger.casework.platform.recording.CaseworkGateway;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.platform.validation.Validation;
import org.springframework.stereotype.Component;

/**
 * Takes one {@link LedgerRecord}: checks its fields by their Bean Validation constraints, maps it to its command and
 * records that. The same for a line of an import and for a request of the staff API.
 */
@Component
public class LedgerRecords {
    private final Validation validation;
    private final CaseworkGateway casework;

    public LedgerRecords(Validation validation, CaseworkGateway casework) {
        this.validation = validation;
        this.casework = casework;
    }

    /** The record's command, or an {@code InvalidField} naming the first field at fault. */
    public Dispatch read(LedgerRecord record) {
        return validation.requireValid(record).dispatch();
    }

    public Dispatch record(LedgerRecord record, Recording recording) {
        Dispatch dispatch = read(record);
        casework.record(dispatch.command(), recording);
        return dispatch;
    }

    /** Records a command already read. */
    public void record(Dispatch dispatch, Recording recording) {
        casework.record(dispatch.command(), recording);
    }
}
