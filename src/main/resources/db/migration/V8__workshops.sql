-- Workshops: a few days in one place, for one or more courses, run by trainers, joined by
-- participants with a code. Reports count them by country; coordinators see their countries'.
CREATE SEQUENCE workshop_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE workshop (
    id                    BIGINT       NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    country               CHAR(2)      NOT NULL,
    city                  VARCHAR(100) NOT NULL,
    venue                 VARCHAR(200),
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    language              VARCHAR(2)   NOT NULL,
    expected_participants INTEGER,
    status                VARCHAR(8)   NOT NULL,
    join_code             CHAR(8)      NOT NULL,
    attendance_required   BOOLEAN      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INTEGER      NOT NULL,
    CONSTRAINT workshop_pk PRIMARY KEY (id),
    CONSTRAINT workshop_join_code_uk UNIQUE (join_code),
    CONSTRAINT workshop_status_ck CHECK (status IN ('PLANNED', 'RUNNING', 'CLOSED')),
    CONSTRAINT workshop_dates_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX workshop_country_ix ON workshop (country);

CREATE TABLE workshop_course (
    workshop_id BIGINT      NOT NULL,
    course_code VARCHAR(60) NOT NULL,
    CONSTRAINT workshop_course_pk PRIMARY KEY (workshop_id, course_code),
    CONSTRAINT workshop_course_workshop_fk FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE TABLE workshop_trainer (
    workshop_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT workshop_trainer_pk PRIMARY KEY (workshop_id, account_id),
    CONSTRAINT workshop_trainer_workshop_fk FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT workshop_trainer_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX workshop_trainer_account_ix ON workshop_trainer (account_id);

CREATE TABLE workshop_participant (
    workshop_id BIGINT     NOT NULL,
    account_id  BIGINT     NOT NULL,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    joined_by   VARCHAR(8) NOT NULL,
    CONSTRAINT workshop_participant_pk PRIMARY KEY (workshop_id, account_id),
    CONSTRAINT workshop_participant_workshop_fk FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT workshop_participant_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT workshop_participant_joined_by_ck CHECK (joined_by IN ('CODE', 'CSV', 'TRAINER'))
);
CREATE INDEX workshop_participant_account_ix ON workshop_participant (account_id);
