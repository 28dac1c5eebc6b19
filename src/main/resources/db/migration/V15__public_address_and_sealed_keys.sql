-- Settings an administrator makes in the browser, one row per name. The first is the public
-- address ("public-address"): where links that leave the application point (signed credentials,
-- QR codes, join links) when RA_PUBLIC_URL does not say. Never taken from a request's headers.
CREATE TABLE app_setting (
    name          VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(60),
    CONSTRAINT app_setting_pk PRIMARY KEY (name)
);

-- From this version on, signing_key.private_key holds the private key sealed with AES-256-GCM
-- ("aes-gcm:<key id>:<base64>") under a key kept outside the database: RA_SIGNING_KEY_SECRET, or
-- the file signing-key.secret in RA_DATA_DIR. Keys stored in plain text before are sealed by the
-- server at its next start (credentials.SigningKeyProtection); the public keys do not change.
