--liquibase formatted sql

--changeset haitang:005-institution
--comment: Institutions (机关企事业单位) that pair with towns/streets and communities (共驻共建)
CREATE TABLE institution (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    party_organisation  VARCHAR(100)  NOT NULL,
    contact_person      VARCHAR(32)   NOT NULL,
    contact_phone       VARCHAR(20)   NULL,
    in_service_members  INT           NOT NULL DEFAULT 0,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_institution_name UNIQUE (name),
    CONSTRAINT ck_institution_kind CHECK (kind IN ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANISATION')),
    CONSTRAINT ck_institution_members CHECK (in_service_members >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE institution;

--changeset haitang:005-pairing
--comment: A pairing of an institution with a town/street; at most one ACTIVE per institution (unique on the generated marker)
CREATE TABLE pairing (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT        NOT NULL,
    town_id         BIGINT        NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NULL,
    status          VARCHAR(16)   NOT NULL,
    services        VARCHAR(500)  NOT NULL,
    service_day     INT           NOT NULL,
    active_marker   TINYINT       AS (IF(status = 'ACTIVE', 1, NULL)) PERSISTENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pairing_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_pairing_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_pairing_one_active UNIQUE (institution_id, active_marker),
    CONSTRAINT ck_pairing_status CHECK (status IN ('ACTIVE', 'ENDED')),
    CONSTRAINT ck_pairing_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_pairing_ended CHECK (status = 'ACTIVE' OR end_date IS NOT NULL),
    CONSTRAINT ck_pairing_day CHECK (service_day BETWEEN 1 AND 28),
    INDEX ix_pairing_town_status (town_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE pairing;

--changeset haitang:005-pairing-community
--comment: The communities of the paired town/street that a pairing covers
CREATE TABLE pairing_community (
    id            BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pairing_id    BIGINT  NOT NULL,
    community_id  BIGINT  NOT NULL,
    version       BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_pairing_community_pairing FOREIGN KEY (pairing_id) REFERENCES pairing (id),
    CONSTRAINT fk_pairing_community_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT uk_pairing_community UNIQUE (pairing_id, community_id),
    INDEX ix_pairing_community_community (community_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE pairing_community;

--changeset haitang:005-activity-type
--comment: Types of joint service activity, maintained by the city admin; one of them is the unified service day
CREATE TABLE activity_type (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(32)  NOT NULL,
    unified_day  BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order   INT          NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_activity_type_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO activity_type (name, unified_day, sort_order) VALUES
    ('在职党员统一服务日', TRUE, 1), ('消防安全排查', FALSE, 2), ('净美家园', FALSE, 3),
    ('助老敬老', FALSE, 4), ('政策宣讲', FALSE, 5), ('文明创建', FALSE, 6);
--rollback DROP TABLE activity_type;

--changeset haitang:005-activity
--comment: Joint service activities of an institution in a community (and compound)
CREATE TABLE activity (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT         NOT NULL,
    town_id         BIGINT         NOT NULL,
    community_id    BIGINT         NOT NULL,
    compound_id     BIGINT         NULL,
    type_id         BIGINT         NOT NULL,
    activity_date   DATE           NOT NULL,
    participants    INT            NOT NULL,
    hours           DECIMAL(6,1)   NOT NULL,
    description     VARCHAR(1000)  NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_activity_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_activity_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_activity_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_activity_type FOREIGN KEY (type_id) REFERENCES activity_type (id),
    CONSTRAINT ck_activity_numbers CHECK (participants > 0 AND hours > 0),
    INDEX ix_activity_date (activity_date, id),
    INDEX ix_activity_town_date (town_id, activity_date, id),
    INDEX ix_activity_institution_date (institution_id, activity_date),
    INDEX ix_activity_community_date (community_id, activity_date),
    INDEX ix_activity_type_date (type_id, activity_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE activity;

--changeset haitang:005-activity-attachment
--comment: Photos and sign-in sheets of an activity, kept in the database (never under the web root)
CREATE TABLE activity_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_attachment_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT ck_activity_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    INDEX ix_activity_attachment_activity (activity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE activity_attachment;

--changeset haitang:005-grid-report
--comment: In-service party members and volunteers reporting (报到) to the micro-grid where they live; geography denormalised for counts
CREATE TABLE grid_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(16)   NOT NULL,
    name            VARCHAR(32)   NOT NULL,
    id_number       VARCHAR(18)   NOT NULL,
    phone           VARCHAR(20)   NOT NULL,
    institution_id  BIGINT        NULL,
    skills          VARCHAR(200)  NULL,
    grid_id         BIGINT        NOT NULL,
    compound_id     BIGINT        NOT NULL,
    community_id    BIGINT        NOT NULL,
    town_id         BIGINT        NOT NULL,
    reported_on     DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_grid_report_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_grid_report_grid FOREIGN KEY (grid_id) REFERENCES micro_grid (id),
    CONSTRAINT fk_grid_report_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_grid_report_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_grid_report_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_grid_report_id_number UNIQUE (id_number),
    CONSTRAINT ck_grid_report_kind CHECK (kind IN ('MEMBER', 'VOLUNTEER')),
    CONSTRAINT ck_grid_report_member_institution CHECK (kind <> 'MEMBER' OR institution_id IS NOT NULL),
    CONSTRAINT ck_grid_report_status CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    INDEX ix_grid_report_list (status, id),
    INDEX ix_grid_report_town (town_id, status, kind, id),
    INDEX ix_grid_report_community (community_id, status, kind),
    INDEX ix_grid_report_compound (compound_id, status, kind),
    INDEX ix_grid_report_grid (grid_id, status, kind),
    INDEX ix_grid_report_institution (institution_id, status),
    INDEX ix_grid_report_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE grid_report;

--changeset haitang:005-grid-report-move
--comment: Earlier micro-grids of a reporting person: moving to another grid keeps where they were
CREATE TABLE grid_report_move (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT       NOT NULL,
    grid_id      BIGINT       NOT NULL,
    town_id      BIGINT       NOT NULL,
    from_date    DATE         NOT NULL,
    to_date      DATE         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_grid_report_move_report FOREIGN KEY (report_id) REFERENCES grid_report (id),
    CONSTRAINT fk_grid_report_move_grid FOREIGN KEY (grid_id) REFERENCES micro_grid (id),
    INDEX ix_grid_report_move_report (report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE grid_report_move;

--changeset haitang:005-matter
--comment: Key small matters (关键小事) on the 海棠有约·共商共办 board, with their life-cycle dates for the figures
CREATE TABLE matter (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(100)   NOT NULL,
    description   VARCHAR(2000)  NOT NULL,
    category      VARCHAR(16)    NOT NULL,
    source        VARCHAR(16)    NOT NULL,
    town_id       BIGINT         NOT NULL,
    community_id  BIGINT         NOT NULL,
    compound_id   BIGINT         NULL,
    raised_on     DATE           NOT NULL,
    state         VARCHAR(16)    NOT NULL,
    published_on  DATE           NULL,
    claimed_on    DATE           NULL,
    resolved_on   DATE           NULL,
    closed_on     DATE           NULL,
    resolution    VARCHAR(2000)  NULL,
    evidence      VARCHAR(500)   NULL,
    reopen_count  INT            NOT NULL DEFAULT 0,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_matter_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_matter_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_matter_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT ck_matter_state CHECK (state IN ('RAISED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'RESOLVED', 'ACCEPTED', 'CLOSED')),
    CONSTRAINT ck_matter_category CHECK (category IN ('PARKING', 'MEDICINE', 'AGEING_CARE', 'ENVIRONMENT', 'SAFETY', 'FACILITIES', 'OTHER')),
    CONSTRAINT ck_matter_source CHECK (source IN ('FENGWU', 'PIONEER_NIGHT', 'RESIDENT', 'GRID_WORKER')),
    INDEX ix_matter_state (state, id),
    INDEX ix_matter_town_state (town_id, state, id),
    INDEX ix_matter_community (community_id, state),
    INDEX ix_matter_category (category, state),
    INDEX ix_matter_published (published_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE matter;

--changeset haitang:005-matter-claim
--comment: Institutions or social organisations that claimed (揭榜) a matter; several may claim it jointly
CREATE TABLE matter_claim (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    matter_id       BIGINT       NOT NULL,
    institution_id  BIGINT       NOT NULL,
    claimed_on      DATE         NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_matter_claim_matter FOREIGN KEY (matter_id) REFERENCES matter (id),
    CONSTRAINT fk_matter_claim_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uk_matter_claim UNIQUE (matter_id, institution_id),
    INDEX ix_matter_claim_institution (institution_id, matter_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE matter_claim;

--changeset haitang:005-matter-step
--comment: Every step of a matter's life cycle, who took it and when: the matter's timeline
CREATE TABLE matter_step (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    matter_id    BIGINT         NOT NULL,
    from_state   VARCHAR(16)    NULL,
    to_state     VARCHAR(16)    NOT NULL,
    actor        VARCHAR(64)    NOT NULL,
    occurred_at  DATETIME(6)    NOT NULL,
    note         VARCHAR(2000)  NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_matter_step_matter FOREIGN KEY (matter_id) REFERENCES matter (id),
    INDEX ix_matter_step_matter (matter_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE matter_step;
