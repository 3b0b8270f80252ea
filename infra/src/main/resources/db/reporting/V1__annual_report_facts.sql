-- The facts the annual report is computed from, projected from the case records by the processing group
-- annual-report-facts. Every row is keyed by a natural id (agency + the agency's own number) or, for dated
-- batches without a number, by the id of the event that recorded them: replaying the events rewrites the same
-- rows. No foreign keys: segments of the processor may project an agency's cases before the agency itself.

-- Positions of the reporting processors, beside the facts they wrote (same transaction): truncating the fact
-- tables and this table rebuilds the projection from the event store.
CREATE TABLE reporting.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- The agency hierarchy (AgencyRegistered): a consolidated report covers an agency and all its descendants.
CREATE TABLE reporting.agency (
    agency        VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    parent        VARCHAR(64),
    registered_on DATE         NOT NULL
);
CREATE INDEX agency_parent ON reporting.agency (parent);

-- One row per application (case): receipt, its one conclusion, its information processing fee.
CREATE TABLE reporting.application (
    agency             VARCHAR(64)   NOT NULL,
    number             VARCHAR(100)  NOT NULL,
    applicant_category VARCHAR(40)   NOT NULL,
    received_on        DATE          NOT NULL,
    concluded_on       DATE,
    result             VARCHAR(60),
    fee_notice_on      DATE,
    fee_notice_yuan    NUMERIC(19, 2),
    fee_paid_on        DATE,
    fee_paid_yuan      NUMERIC(19, 2),
    PRIMARY KEY (agency, number),
    CHECK ((concluded_on IS NULL) = (result IS NULL))
);
CREATE INDEX application_received ON reporting.application (agency, received_on);

-- 规章 and 行政规范性文件 (Art. 20(1)).
CREATE TABLE reporting.regulatory_document (
    agency      VARCHAR(64)  NOT NULL,
    number      VARCHAR(100) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    issued_on   DATE         NOT NULL,
    repealed_on DATE,
    PRIMARY KEY (agency, number)
);

-- Dated counts of administrative decisions (Art. 20(5), 20(6)).
CREATE TABLE reporting.decision_batch (
    event_id   VARCHAR(255) PRIMARY KEY,
    agency     VARCHAR(64)  NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    decided_on DATE         NOT NULL,
    decisions  INTEGER      NOT NULL CHECK (decisions > 0)
);
CREATE INDEX decision_batch_agency ON reporting.decision_batch (agency, decided_on);

-- 行政事业性收费 collected (Art. 20(8)), exactly in 元.
CREATE TABLE reporting.administrative_fee (
    event_id     VARCHAR(255)   PRIMARY KEY,
    agency       VARCHAR(64)    NOT NULL,
    collected_on DATE           NOT NULL,
    amount_yuan  NUMERIC(19, 2) NOT NULL CHECK (amount_yuan >= 0)
);
CREATE INDEX administrative_fee_agency ON reporting.administrative_fee (agency, collected_on);

-- Items published proactively, by channel.
CREATE TABLE reporting.publication (
    agency       VARCHAR(64)  NOT NULL,
    number       VARCHAR(100) NOT NULL,
    published_on DATE         NOT NULL,
    channel      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (agency, number)
);
CREATE INDEX publication_published ON reporting.publication (agency, published_on);

-- Administrative reviews (行政复议) with the agency as respondent.
CREATE TABLE reporting.review (
    agency       VARCHAR(64)  NOT NULL,
    number       VARCHAR(100) NOT NULL,
    filed_on     DATE         NOT NULL,
    application  VARCHAR(100),
    concluded_on DATE,
    outcome      VARCHAR(20),
    PRIMARY KEY (agency, number),
    CHECK ((concluded_on IS NULL) = (outcome IS NULL))
);

-- Administrative lawsuits (行政诉讼) with the agency as defendant, directly or after a review.
CREATE TABLE reporting.lawsuit (
    agency       VARCHAR(64)  NOT NULL,
    number       VARCHAR(100) NOT NULL,
    filed_on     DATE         NOT NULL,
    after_review BOOLEAN      NOT NULL,
    application  VARCHAR(100),
    concluded_on DATE,
    outcome      VARCHAR(20),
    PRIMARY KEY (agency, number),
    CHECK ((concluded_on IS NULL) = (outcome IS NULL))
);
