-- Accounts, their roles and their country scope, and the per-username login throttle.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT        NOT NULL,
    username             VARCHAR(60)   NOT NULL,
    display_name         VARCHAR(120)  NOT NULL,
    email                VARCHAR(254),
    country              CHAR(2),
    institution          VARCHAR(30),
    gender               VARCHAR(20),
    preferred_language   VARCHAR(2)    NOT NULL,
    password_hash        VARCHAR(200)  NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    active               BOOLEAN       NOT NULL,
    all_countries        BOOLEAN       NOT NULL,
    -- Bumped whenever existing sessions must end (deactivation, password reset).
    session_epoch        INTEGER       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER       NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE account_scope_country (
    account_id BIGINT  NOT NULL,
    country    CHAR(2) NOT NULL,
    CONSTRAINT account_scope_country_pk PRIMARY KEY (account_id, country),
    CONSTRAINT account_scope_country_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX account_display_name_idx ON account (display_name);

-- Keyed by the normalised username as typed, whether or not such an account exists,
-- so that a lockout reveals nothing about which accounts exist.
CREATE TABLE login_throttle (
    username          VARCHAR(60) NOT NULL,
    failures          INTEGER     NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_throttle_pk PRIMARY KEY (username)
);
