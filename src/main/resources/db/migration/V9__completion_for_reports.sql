-- What the coordinator's dashboard reads, kept on each completion row so that a report is one
-- grouped query over one table (joined with account for institution, gender and language):
-- where the learner was trained (the workshop they joined for this course, and its country, or
-- their own country), when they enrolled, how long completion took, and their pre-test score and
-- final-test grade. Like the rest of the row, all of it follows from the raw records.
ALTER TABLE course_completion ADD COLUMN workshop_id BIGINT;
ALTER TABLE course_completion ADD COLUMN country CHAR(2);
ALTER TABLE course_completion ADD COLUMN enrolled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE course_completion ADD COLUMN seconds_to_complete BIGINT;
ALTER TABLE course_completion ADD COLUMN pre_score DECIMAL(5, 2);
ALTER TABLE course_completion ADD COLUMN final_score DECIMAL(5, 2);
CREATE INDEX course_completion_country_ix ON course_completion (country);
CREATE INDEX course_completion_workshop_ix ON course_completion (workshop_id);
