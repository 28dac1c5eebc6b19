-- The audit log: append-only for the application (it has no UPDATE or DELETE path).
-- Portable SQL: every migration runs on H2 (embedded default) and PostgreSQL (production).
-- EclipseLink treats the value it draws as the END of a block of allocationSize ids,
-- so the first value must be at least the block size.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(50)   NOT NULL,
    subject        VARCHAR(200),
    detail         VARCHAR(2000),
    client_address VARCHAR(45),
    CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
