-- Persistent deadlines (docs/adr/0006-deadline-scheduler.md): db-scheduler's table, in which Axon's DbSchedulerDeadlineManager keeps one row
-- per scheduled deadline until it fires or is cancelled.
CREATE TABLE casework.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON casework.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON casework.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON casework.scheduled_tasks (priority DESC, execution_time ASC);

-- Which deadline is scheduled for each open clock of a case (processing group statutory-deadlines), so that a moved
-- due date cancels the old one and a replay schedules nothing twice.
CREATE TABLE casework.deadline_watch (
    application VARCHAR(200) NOT NULL,
    clock       VARCHAR(40)  NOT NULL,
    due_on      DATE         NOT NULL,
    schedule_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (application, clock)
);
