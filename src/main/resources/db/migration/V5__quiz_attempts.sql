-- Quiz attempts. An attempt freezes its paper when it starts: which questions, from which quiz of
-- which course version, in which order, with options in which order. Answers are saved one per
-- question as the learner gives them; seq orders saves so that late or repeated ones change nothing.
CREATE SEQUENCE quiz_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE quiz_attempt (
    id                BIGINT      NOT NULL,
    account_id        BIGINT      NOT NULL,
    course_code       VARCHAR(60) NOT NULL,
    course_version_id BIGINT      NOT NULL,
    quiz_id           VARCHAR(60) NOT NULL,
    kind              VARCHAR(12) NOT NULL,
    attempt_number    INTEGER     NOT NULL,
    language          VARCHAR(2)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline          TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(12) NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    score             DECIMAL(5, 2),
    passed            BOOLEAN,
    version           INTEGER     NOT NULL,
    CONSTRAINT quiz_attempt_pk PRIMARY KEY (id),
    -- Two tabs starting "the next attempt" at once: one of them wins, the other resumes it.
    CONSTRAINT quiz_attempt_number_uk UNIQUE (account_id, course_code, quiz_id, attempt_number),
    CONSTRAINT quiz_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT quiz_attempt_version_fk FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT quiz_attempt_kind_ck CHECK (kind IN ('MODULE', 'PRE_TEST', 'FINAL_TEST')),
    CONSTRAINT quiz_attempt_status_ck CHECK (status IN ('OPEN', 'SUBMITTED'))
);
CREATE INDEX quiz_attempt_quiz_ix ON quiz_attempt (course_code, quiz_id, status);

-- One row per question of the paper; response is null until the first save.
CREATE TABLE attempt_item (
    attempt_id   BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    origin_quiz  VARCHAR(60)   NOT NULL,
    question_id  VARCHAR(60)   NOT NULL,
    option_order VARCHAR(2000) NOT NULL,
    match_order  VARCHAR(2000) NOT NULL,
    response     VARCHAR(2000),
    seq          BIGINT        NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE,
    -- Quizzes with immediate feedback: when the learner asked to check the answer, which is then final.
    checked_at   TIMESTAMP WITH TIME ZONE,
    score        DECIMAL(6, 5),
    CONSTRAINT attempt_item_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT attempt_item_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
);

-- Final test minus pre-test, per learner and course, for the reports.
CREATE TABLE knowledge_gain (
    account_id       BIGINT        NOT NULL,
    course_code      VARCHAR(60)   NOT NULL,
    pre_attempt_id   BIGINT        NOT NULL,
    final_attempt_id BIGINT        NOT NULL,
    pre_score        DECIMAL(5, 2) NOT NULL,
    final_score      DECIMAL(5, 2) NOT NULL,
    gain             DECIMAL(6, 2) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT knowledge_gain_pk PRIMARY KEY (account_id, course_code),
    CONSTRAINT knowledge_gain_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT knowledge_gain_pre_fk FOREIGN KEY (pre_attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT knowledge_gain_final_fk FOREIGN KEY (final_attempt_id) REFERENCES quiz_attempt (id)
);
