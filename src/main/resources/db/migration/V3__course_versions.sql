-- Every loaded version of every learning package, with its files, so that a learner keeps the
-- version they started even after the package changes, on any node of a cluster.
-- ${binary} is BLOB on H2 and BYTEA on PostgreSQL (set by SchemaMigration).
CREATE SEQUENCE course_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course_version (
    id               BIGINT      NOT NULL,
    course_code      VARCHAR(60) NOT NULL,
    revision         INTEGER     NOT NULL,
    declared_version INTEGER     NOT NULL,
    checksum         CHAR(64)    NOT NULL,
    loaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    origin           VARCHAR(200) NOT NULL,
    package_zip      ${binary}   NOT NULL,
    CONSTRAINT course_version_pk PRIMARY KEY (id),
    CONSTRAINT course_version_revision_uk UNIQUE (course_code, revision)
);
