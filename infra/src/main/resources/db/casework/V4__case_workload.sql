-- The staff view of applications (processing group case-workload): one row per application with its state and its
-- clocks as the latest events left them. Rebuilt by replaying the event store.
CREATE TABLE casework.case_workload (
    application              VARCHAR(200) PRIMARY KEY,
    agency                   VARCHAR(64)  NOT NULL,
    number                   VARCHAR(100) NOT NULL,
    received_on              DATE         NOT NULL,
    applicant_category       VARCHAR(40)  NOT NULL,
    awaiting_supplement      BOOLEAN      NOT NULL DEFAULT FALSE,
    consulting               BOOLEAN      NOT NULL DEFAULT FALSE,
    fee_unpaid               BOOLEAN      NOT NULL DEFAULT FALSE,
    reply_due_on             DATE,
    reply_due_provisional    BOOLEAN      NOT NULL DEFAULT FALSE,
    reply_calendar_version   INT,
    supplement_notice_due_on DATE,
    consultation_due_on      DATE,
    reply_overdue_on         DATE,
    consultation_overdue_on  DATE,
    extended_by              INT,
    concluded_on             DATE,
    answered                 BOOLEAN      NOT NULL DEFAULT FALSE,
    result                   VARCHAR(60),
    concluded_late           BOOLEAN
);
CREATE INDEX case_workload_open_idx ON casework.case_workload (agency, received_on) WHERE concluded_on IS NULL;
CREATE INDEX case_workload_concluded_idx ON casework.case_workload (agency, concluded_on) WHERE concluded_on IS NOT NULL;
