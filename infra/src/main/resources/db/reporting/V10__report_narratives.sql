-- The narrative sections of annual reports (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项) as staff
-- revised them, projected by the processing group report-narratives: one row per ReportNarrativeRevised event, keyed
-- by the report (its aggregate agency/report/year) and the event's sequence number in it, so a replay inserts nothing twice.
CREATE TABLE reporting.report_narrative_revision (
    agency          VARCHAR(64)  NOT NULL,
    year            INTEGER      NOT NULL,
    sequence_number BIGINT       NOT NULL,
    section         VARCHAR(40)  NOT NULL,
    text            TEXT         NOT NULL,
    revised_on      DATE         NOT NULL,
    recorded_by     VARCHAR(200),
    recorded_at     TIMESTAMPTZ,
    PRIMARY KEY (agency, year, sequence_number)
);
