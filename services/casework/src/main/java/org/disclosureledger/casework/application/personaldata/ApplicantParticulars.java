package org.disclosureledger.casework.application.personaldata;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What identifies the applicant and what they asked for: personal data, kept outside the event history so
 * that it can be erased, and shown only to the agency's staff. Never written to a log: {@link #toString()}
 * says only which parts are present.
 */
public record ApplicantParticulars(String applicantName, String contact, String subject) {
    @JsonIgnore
    public boolean isEmpty() {
        return applicantName == null && contact == null && subject == null;
    }

    @Override
    public String toString() {
        return "ApplicantParticulars[withheld: " + (applicantName == null ? "" : "name ") + (contact == null ? "" : "contact ")
                + (subject == null ? "" : "subject") + "]";
    }
}
