--liquibase formatted sql

--changeset haitang:003-community-party-org
--comment: Tier 1: the community party committee or general branch (社区党委/社区党总支), one per community
CREATE TABLE community_party_org (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id   BIGINT       NOT NULL,
    town_id        BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    secretary      VARCHAR(32)  NOT NULL,
    members_count  INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cpo_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_cpo_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_cpo_community UNIQUE (community_id),
    CONSTRAINT ck_cpo_kind CHECK (kind IN ('COMMITTEE', 'GENERAL_BRANCH')),
    CONSTRAINT ck_cpo_members CHECK (members_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE community_party_org;

--changeset haitang:003-party-branch
--comment: Tier 2: compound party branches (小区党支部), at most one ENTITY and one FUNCTIONAL per compound
CREATE TABLE party_branch (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id    BIGINT       NOT NULL,
    town_id        BIGINT       NOT NULL,
    branch_type    VARCHAR(16)  NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    secretary      VARCHAR(32)  NOT NULL,
    members_count  INT          NOT NULL DEFAULT 0,
    formed_on      DATE         NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_branch_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_branch_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_branch_compound_type UNIQUE (compound_id, branch_type),
    CONSTRAINT ck_branch_type CHECK (branch_type IN ('ENTITY', 'FUNCTIONAL')),
    CONSTRAINT ck_branch_members CHECK (members_count >= 0),
    INDEX ix_branch_town_type (town_id, branch_type),
    INDEX ix_branch_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE party_branch;

--changeset haitang:003-grid-group
--comment: Tier 3: grid party groups (网格党小组), at most one per micro-grid, under a branch of the same compound
CREATE TABLE grid_group (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id      BIGINT       NOT NULL,
    micro_grid_id  BIGINT       NOT NULL,
    compound_id    BIGINT       NOT NULL,
    town_id        BIGINT       NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    leader         VARCHAR(32)  NOT NULL,
    members_count  INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_group_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id),
    CONSTRAINT fk_group_grid FOREIGN KEY (micro_grid_id) REFERENCES micro_grid (id),
    CONSTRAINT fk_group_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_group_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_group_grid UNIQUE (micro_grid_id),
    CONSTRAINT ck_group_members CHECK (members_count >= 0),
    INDEX ix_group_branch_name (branch_id, name),
    INDEX ix_group_compound (compound_id),
    INDEX ix_group_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE grid_group;

--changeset haitang:003-central-household
--comment: Tier 4: party-member central households (党员中心户) under a grid party group; the phone is personal data
CREATE TABLE central_household (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grid_group_id      BIGINT       NOT NULL,
    compound_id        BIGINT       NOT NULL,
    town_id            BIGINT       NOT NULL,
    member_name        VARCHAR(32)  NOT NULL,
    phone              VARCHAR(11)  NOT NULL,
    building_unit      VARCHAR(32)  NOT NULL,
    linked_households  INT          NOT NULL DEFAULT 0,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_household_group FOREIGN KEY (grid_group_id) REFERENCES grid_group (id),
    CONSTRAINT fk_household_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_household_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_household_group_member UNIQUE (grid_group_id, member_name),
    CONSTRAINT ck_household_linked CHECK (linked_households >= 0),
    CONSTRAINT ck_household_phone CHECK (phone REGEXP '^1[3-9][0-9]{9}$'),
    INDEX ix_household_compound (compound_id, linked_households),
    INDEX ix_household_name (member_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE central_household;

--changeset haitang:003-coverage-snapshot
--comment: Monthly snapshot of the coverage figures (city, each town/street, each community), so a report as of a past month is reproducible
CREATE TABLE coverage_snapshot (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    snapshot_month       CHAR(7)      NOT NULL,
    scope_level          VARCHAR(16)  NOT NULL,
    ref_id               BIGINT       NOT NULL,
    town_id              BIGINT       NULL,
    name                 VARCHAR(64)  NOT NULL,
    compounds            INT          NOT NULL,
    entity_branches      INT          NOT NULL,
    functional_branches  INT          NOT NULL,
    micro_grids          INT          NOT NULL,
    grid_groups          INT          NOT NULL,
    central_households   INT          NOT NULL,
    linked_households    BIGINT       NOT NULL,
    taken_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_snapshot_month_ref UNIQUE (snapshot_month, scope_level, ref_id),
    CONSTRAINT ck_snapshot_level CHECK (scope_level IN ('CITY', 'TOWN', 'COMMUNITY')),
    INDEX ix_snapshot_month_town (snapshot_month, town_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE coverage_snapshot;

--changeset haitang:003-coverage-snapshot-rate
--comment: Rates other features contribute to the coverage figures (e.g. committee formation), snapshotted with them
CREATE TABLE coverage_snapshot_rate (
    snapshot_id  BIGINT       NOT NULL,
    rate_key     VARCHAR(32)  NOT NULL,
    numerator    INT          NOT NULL,
    denominator  INT          NOT NULL,
    PRIMARY KEY (snapshot_id, rate_key),
    CONSTRAINT fk_snapshot_rate FOREIGN KEY (snapshot_id) REFERENCES coverage_snapshot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE coverage_snapshot_rate;

--changeset haitang:003-job-lock
--comment: One row per scheduled job run and period: the unique key makes a job run once even on several app nodes
CREATE TABLE job_lock (
    job_name   VARCHAR(64)  NOT NULL,
    period     VARCHAR(16)  NOT NULL,
    node       VARCHAR(128) NOT NULL,
    taken_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (job_name, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE job_lock;
