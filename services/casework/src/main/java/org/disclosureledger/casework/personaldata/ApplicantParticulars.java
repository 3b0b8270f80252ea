package org.disclosureledger.casework.personaldata;

/**
 * What identifies the applicant and what they asked for: personal data, kept outside the event history so
 * that it can be erased, and shown only to the agency's staff.
 */
public record ApplicantParticulars(String applicantName, String contact, String subject) {
    public boolean isEmpty() {
        return applicantName == null && contact == null && subject == null;
    }
}
