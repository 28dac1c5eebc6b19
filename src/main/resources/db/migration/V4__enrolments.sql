-- Who takes which course version, and how far they got: one row per lesson opened.
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enrolment (
    id                BIGINT      NOT NULL,
    account_id        BIGINT      NOT NULL,
    course_code       VARCHAR(60) NOT NULL,
    course_version_id BIGINT      NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_lesson       VARCHAR(121),
    last_visited_at   TIMESTAMP WITH TIME ZONE,
    version           INTEGER     NOT NULL,
    CONSTRAINT enrolment_pk PRIMARY KEY (id),
    CONSTRAINT enrolment_account_course_uk UNIQUE (account_id, course_code),
    CONSTRAINT enrolment_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT enrolment_version_fk FOREIGN KEY (course_version_id) REFERENCES course_version (id)
);

-- lesson is "<module id>/<lesson id>": lesson ids are unique within their module only.
CREATE TABLE lesson_progress (
    enrolment_id BIGINT       NOT NULL,
    lesson       VARCHAR(121) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT lesson_progress_pk PRIMARY KEY (enrolment_id, lesson),
    CONSTRAINT lesson_progress_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
);
