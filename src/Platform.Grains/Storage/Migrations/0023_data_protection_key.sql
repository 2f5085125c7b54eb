-- Data-protection keys (sign-in cookies, antiforgery tokens) for hosts that share a PostgreSQL database: each host of a
-- cluster must read the same key ring, and the database is the one thing they share. On SQLite the keys stay in the
-- data folder (data/keys) and this table stays empty. Protect them at rest with DataProtection:CertificateFile.
CREATE TABLE data_protection_key (
    name TEXT NOT NULL,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT pk_data_protection_key PRIMARY KEY (name)
);
