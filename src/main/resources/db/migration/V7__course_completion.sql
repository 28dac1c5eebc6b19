-- Completion of each enrolment's course version, kept up to date as lessons are finished and
-- quizzes graded, so that reports read one table instead of recomputing every learner's history.
-- Every column follows from the raw records (lesson_progress, quiz_attempt): a rebuild recomputes
-- them all and must find nothing to change.
CREATE TABLE course_completion (
    enrolment_id      BIGINT      NOT NULL,
    account_id        BIGINT      NOT NULL,
    course_code       VARCHAR(60) NOT NULL,
    course_version_id BIGINT      NOT NULL,
    status            VARCHAR(12) NOT NULL,
    lessons_done      INTEGER     NOT NULL,
    lessons_total     INTEGER     NOT NULL,
    quizzes_passed    INTEGER     NOT NULL,
    quizzes_total     INTEGER     NOT NULL,
    final_passed      BOOLEAN     NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT course_completion_pk PRIMARY KEY (enrolment_id),
    CONSTRAINT course_completion_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT course_completion_status_ck CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'))
);
CREATE INDEX course_completion_course_ix ON course_completion (course_code, status);
CREATE INDEX course_completion_account_ix ON course_completion (account_id);

-- Enrolments from before this table existed get their row from the first rebuild (admin page).
