-- The key the server signs verifiable credentials with (Ed25519), created on first use when
-- RA_CREDENTIALS_SIGNING_KEY does not provide one, and shared by every node of a cluster. The
-- public half is published at /credentials/keys.json; keys are never deleted, so credentials
-- signed before a change of key can still be checked.
CREATE TABLE signing_key (
    kid         VARCHAR(64)  NOT NULL,
    algorithm   VARCHAR(20)  NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_key_pk PRIMARY KEY (kid)
);
