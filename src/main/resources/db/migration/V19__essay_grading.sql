-- Essay questions: an attempt with an essay to grade waits for a trainer (AWAITING) and counts for
-- nothing until graded; the trainer's score goes in the item's score, with a comment for the learner,
-- who graded it and when. Essays are longer than the other answers.
ALTER TABLE quiz_attempt DROP CONSTRAINT quiz_attempt_status_ck;
ALTER TABLE quiz_attempt ADD CONSTRAINT quiz_attempt_status_ck CHECK (status IN ('OPEN', 'SUBMITTED', 'AWAITING'));
ALTER TABLE attempt_item ALTER COLUMN response SET DATA TYPE VARCHAR(8000);
ALTER TABLE attempt_item ADD COLUMN grader_comment VARCHAR(2000);
ALTER TABLE attempt_item ADD COLUMN graded_by BIGINT;
ALTER TABLE attempt_item ADD COLUMN graded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX quiz_attempt_status_ix ON quiz_attempt (status);
