-- Certificates of completion. Each row is what was printed, frozen when it was issued (the name,
-- the course title in the certificate's language, the workshop, the dates, the score, the
-- issuer), so that the verification page always confirms exactly what the paper says, even after
-- the account or the course changes. A correction is a re-issue: a new row, the old one revoked.
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE certificate (
    id                 BIGINT       NOT NULL,
    code               CHAR(16)     NOT NULL,
    account_id         BIGINT       NOT NULL,
    course_code        VARCHAR(60)  NOT NULL,
    course_version_id  BIGINT       NOT NULL,
    -- 1 for the certificate issued on completion, 2, 3… for each re-issue: the unique key below
    -- makes "issued on completion exactly once" a fact of the database, not of timing.
    serial             INTEGER      NOT NULL,
    language           VARCHAR(2)   NOT NULL,
    holder_name        VARCHAR(120) NOT NULL,
    course_title       VARCHAR(300) NOT NULL,
    country            CHAR(2),
    workshop_id        BIGINT,
    workshop_title     VARCHAR(200),
    workshop_city      VARCHAR(100),
    workshop_country   CHAR(2),
    workshop_starts_on DATE,
    workshop_ends_on   DATE,
    completed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    final_score        DECIMAL(5, 2),
    issuer             VARCHAR(200) NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by          VARCHAR(60),
    reissue_reason     VARCHAR(500),
    revoked_at         TIMESTAMP WITH TIME ZONE,
    revoked_by         VARCHAR(60),
    revoked_reason     VARCHAR(500),
    replaced_by        CHAR(16),
    CONSTRAINT certificate_pk PRIMARY KEY (id),
    CONSTRAINT certificate_code_uk UNIQUE (code),
    CONSTRAINT certificate_issue_uk UNIQUE (account_id, course_version_id, serial),
    CONSTRAINT certificate_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT certificate_revoked_ck CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX certificate_account_ix ON certificate (account_id);
CREATE INDEX certificate_country_ix ON certificate (country);
