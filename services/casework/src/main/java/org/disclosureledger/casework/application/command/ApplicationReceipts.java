package org.disclosureledger.casework.application.command;

import org.disclosureledger.casework.application.personaldata.ApplicantParticularsStore;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.vocabulary.Dispatch;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecords;
import org.disclosureledger.kernel.application.ApplicationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records an application's receipt and keeps the applicant's particulars beside it (outside the events), together or not at all. */
@Component
public class ApplicationReceipts {
    private final LedgerRecords records;
    private final ApplicantParticularsStore particulars;
    private final TransactionTemplate transaction;

    public ApplicationReceipts(LedgerRecords records, ApplicantParticularsStore particulars, PlatformTransactionManager transactions) {
        this.records = records;
        this.particulars = particulars;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ApplicationId record(ApplicationRecord.Received receipt, Recording recording) {
        Dispatch dispatch = records.read(receipt);
        transaction.executeWithoutResult(status -> recordWithin(receipt, dispatch, recording));
        return receipt.applicationId();
    }

    /** A receipt already read, in the caller's transaction (a line of an import, in the file's). */
    public void recordWithin(ApplicationRecord.Received receipt, Dispatch dispatch, Recording recording) {
        records.record(dispatch, recording);
        particulars.keep(receipt.applicationId(), receipt.particulars(), recording.at());
    }
}
