-- The narrative revisions are now projected by the processing group annual-report-facts, beside the facts (the group
-- report-narratives is gone). Its position is forgotten so that the group replays the store once from the start: the
-- facts are upserts and the revisions insert-once, so the replay rewrites the same rows and misses no revision that
-- report-narratives had not reached yet.
DELETE FROM reporting.token_entry WHERE processor_name IN ('report-narratives', 'annual-report-facts');
