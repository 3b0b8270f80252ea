-- The periods that bring a waiting application back to staff (issue 13): the applicant's supplement period and the
-- payment period of a fee notice, with the day each began (a period not recorded is shown from the configured
-- default, for reminders only). The processing group case-workload forgets its position so that it replays the store
-- once from the start: its handlers set values, so the replay rewrites the same rows and fills the new columns.
ALTER TABLE casework.case_workload
    ADD COLUMN supplement_requested_on DATE,
    ADD COLUMN supplement_due_on       DATE,
    ADD COLUMN fee_noticed_on          DATE,
    ADD COLUMN payment_due_on          DATE;
DELETE FROM casework.token_entry WHERE processor_name = 'case-workload';
