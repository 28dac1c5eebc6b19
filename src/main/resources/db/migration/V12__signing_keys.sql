-- The key the server signs verifiable credentials with (Ed25519), made by the server on first use
-- (no setting provides one) and shared by every node of a cluster. The public half is published
-- at /credentials/keys.json; keys are never deleted, so credentials signed before a change of key
-- can still be checked. Since V15 the private half is stored sealed (see V15). This comment was
-- corrected after release; platform.CorrectedMigrations accepts the checksum it had before.
CREATE TABLE signing_key (
    kid         VARCHAR(64)  NOT NULL,
    algorithm   VARCHAR(20)  NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_key_pk PRIMARY KEY (kid)
);
