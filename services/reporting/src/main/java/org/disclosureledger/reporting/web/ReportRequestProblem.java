package org.disclosureledger.reporting.web;

import org.springframework.http.HttpStatus;

/** A report request that cannot be answered as asked: its status, the parameter at fault and why. */
public class ReportRequestProblem extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    public ReportRequestProblem(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
