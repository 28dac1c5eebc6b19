-- Several nodes may run on one database (a cluster behind a load balancer). What they must agree on
-- lives here rather than in each node's memory.

-- Named locks: a start-up task (first administrator, loading course packages, creating the signing
-- key) selects its row FOR UPDATE in its own transaction, so that two nodes starting together do it
-- once, one after the other (platform.ClusterLock).
CREATE TABLE cluster_lock (
    name VARCHAR(40) NOT NULL,
    CONSTRAINT cluster_lock_pk PRIMARY KEY (name)
);
INSERT INTO cluster_lock (name) VALUES ('first-admin'), ('course-load'), ('signing-keys');

-- Small states counted per subject that every node must see the same: requests per address per
-- minute (sign-in, join codes, certificate look-ups) and the sign-in throttle's failures per
-- username (platform.DatabaseStates). The state is a short text each owner encodes itself.
CREATE TABLE shared_state (
    space      VARCHAR(16)  NOT NULL,
    subject    VARCHAR(128) NOT NULL,
    state      VARCHAR(200000) NOT NULL,
    keep_until TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT shared_state_pk PRIMARY KEY (space, subject)
);
-- After keep_until the state holds nothing that still counts, and a sweep may delete it.
CREATE INDEX shared_state_keep_ix ON shared_state (space, keep_until);

-- A subject met for the first time has no row to lock yet: writers of one subject first lock one of
-- these stripes (by hash), so that two nodes cannot both insert it.
CREATE TABLE shared_state_stripe (
    stripe INTEGER NOT NULL,
    CONSTRAINT shared_state_stripe_pk PRIMARY KEY (stripe)
);
INSERT INTO shared_state_stripe (stripe) VALUES
    (0),
    (1),
    (2),
    (3),
    (4),
    (5),
    (6),
    (7),
    (8),
    (9),
    (10),
    (11),
    (12),
    (13),
    (14),
    (15),
    (16),
    (17),
    (18),
    (19),
    (20),
    (21),
    (22),
    (23),
    (24),
    (25),
    (26),
    (27),
    (28),
    (29),
    (30),
    (31),
    (32),
    (33),
    (34),
    (35),
    (36),
    (37),
    (38),
    (39),
    (40),
    (41),
    (42),
    (43),
    (44),
    (45),
    (46),
    (47),
    (48),
    (49),
    (50),
    (51),
    (52),
    (53),
    (54),
    (55),
    (56),
    (57),
    (58),
    (59),
    (60),
    (61),
    (62),
    (63);
