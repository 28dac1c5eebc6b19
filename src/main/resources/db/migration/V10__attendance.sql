-- Presence per workshop day, marked by the trainer. Where a workshop requires attendance,
-- completion of its courses needs every day.
CREATE TABLE attendance (
    workshop_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    attended_on DATE        NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by   VARCHAR(60) NOT NULL,
    CONSTRAINT attendance_pk PRIMARY KEY (workshop_id, account_id, attended_on),
    CONSTRAINT attendance_participant_fk FOREIGN KEY (workshop_id, account_id)
        REFERENCES workshop_participant (workshop_id, account_id) ON DELETE CASCADE
);
