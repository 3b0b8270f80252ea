package org.disclosureledger.reporting.calculation;

import java.time.LocalDate;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.application.ApplicationResult;
import org.disclosureledger.kernel.money.Yuan;

/**
 * What the annual report needs of one application: its date of receipt, its one conclusion (date and result, both
 * null while it is open) and its information processing fee (notice and payment, null when none).
 */
public record ApplicationFact(ApplicationId id, ApplicantCategory applicantCategory, LocalDate receivedOn,
                              LocalDate concludedOn, ApplicationResult result, LocalDate feeNoticeOn, Yuan feeNoticeAmount,
                              LocalDate feePaidOn, Yuan feePaidAmount) {
}
