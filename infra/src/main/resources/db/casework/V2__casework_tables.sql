-- The agencies known to the command side, kept in step with AgencyRegistered by a subscribing handler in the
-- same transaction: commands for a case check here that its agency exists.
CREATE TABLE casework.agency_directory (
    agency        VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    parent        VARCHAR(64)  REFERENCES casework.agency_directory (agency),
    registered_on DATE         NOT NULL
);

-- Lines of ledger files already recorded: a line's identity is its content (agency + canonical JSON, hashed).
CREATE TABLE casework.recorded_ledger_line (
    fingerprint CHAR(64)    PRIMARY KEY,
    agency      VARCHAR(64) NOT NULL,
    record_type VARCHAR(40) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by VARCHAR(200) NOT NULL
);

-- Personal data of applicants, kept out of the immutable event history so that it can be erased when its
-- retention ends. Only staff of the agency may read it.
CREATE TABLE casework.applicant_particulars (
    application VARCHAR(200) PRIMARY KEY,
    agency      VARCHAR(64)  NOT NULL,
    applicant_name TEXT,
    contact     TEXT,
    subject     TEXT,
    recorded_at TIMESTAMPTZ  NOT NULL,
    erased_at   TIMESTAMPTZ
);
