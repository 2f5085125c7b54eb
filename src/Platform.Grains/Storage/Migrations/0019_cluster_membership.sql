-- 0019 Orleans cluster membership (issue 13): hosts sharing one database find each other through it, no other server.
-- Only used with Orleans:Membership=database; one host (the default) keeps Orleans' localhost clustering.
-- 1. cluster_version: one row per cluster, the table version Orleans reads with every member and the etag it must
--    present to change any row; each change checks and bumps it in the same transaction (ClusterMembershipTable).
-- 2. cluster_member: one row per silo incarnation (address "ip:port@generation"). etag changes only when Orleans
--    rewrites the row (status, suspicions), never on the heartbeat (i_am_alive_at), as Orleans' contract asks.
-- 3. suspect_times: "silo time" pairs separated by commas; status: Orleans' SiloStatus as snake_case text.
-- 4. updated_at: the latest of start, heartbeat and suspicions, so dead rows can be purged by age in SQL.
CREATE TABLE IF NOT EXISTS cluster_version (
    cluster_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    etag INTEGER NOT NULL,
    CONSTRAINT pk_cluster_version PRIMARY KEY (cluster_id)
);

CREATE TABLE IF NOT EXISTS cluster_member (
    cluster_id TEXT NOT NULL,
    silo TEXT NOT NULL,
    etag INTEGER NOT NULL,
    status TEXT NOT NULL,
    silo_name TEXT NOT NULL,
    host_name TEXT NOT NULL,
    proxy_port INTEGER NOT NULL,
    suspect_times TEXT NOT NULL,
    started_at TEXT NOT NULL,
    i_am_alive_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT pk_cluster_member PRIMARY KEY (cluster_id, silo),
    CONSTRAINT fk_cluster_member_cluster_version FOREIGN KEY (cluster_id) REFERENCES cluster_version (cluster_id) ON DELETE CASCADE
);
