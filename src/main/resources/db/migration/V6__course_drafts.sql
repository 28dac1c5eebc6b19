-- Drafts of learning packages edited in the browser: the package's files, each with the revision
-- an edit raised last and who made it, so that two trainers never overwrite each other unseen.
-- Publishing hands the files to the catalogue (a new course_version) and deletes the draft.
-- ${binary} is BLOB on H2 and BYTEA on PostgreSQL (set by SchemaMigration).
CREATE SEQUENCE course_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course_draft (
    id              BIGINT      NOT NULL,
    course_code     VARCHAR(60) NOT NULL,
    base_version_id BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(60) NOT NULL,
    CONSTRAINT course_draft_pk PRIMARY KEY (id),
    -- One draft per course, shared by its trainers.
    CONSTRAINT course_draft_code_uk UNIQUE (course_code),
    CONSTRAINT course_draft_base_fk FOREIGN KEY (base_version_id) REFERENCES course_version (id)
);

CREATE TABLE draft_file (
    draft_id  BIGINT       NOT NULL,
    path      VARCHAR(200) NOT NULL,
    content   ${binary}    NOT NULL,
    revision  INTEGER      NOT NULL,
    edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_by VARCHAR(60)  NOT NULL,
    CONSTRAINT draft_file_pk PRIMARY KEY (draft_id, path),
    CONSTRAINT draft_file_draft_fk FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE
);
