--liquibase formatted sql

--changeset haitang:001-town
--comment: Changshu's 14 towns and streets: the reference table every scope points at
CREATE TABLE town (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_town_code UNIQUE (code),
    CONSTRAINT uk_town_name UNIQUE (name),
    CONSTRAINT ck_town_kind CHECK (kind IN ('TOWN', 'STREET'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO town (code, name, kind, sort_order) VALUES
    ('yushan',     '虞山街道',   'STREET', 1),
    ('changfu',    '常福街道',   'STREET', 2),
    ('qinchuan',   '琴川街道',   'STREET', 3),
    ('mocheng',    '莫城街道',   'STREET', 4),
    ('bixi',       '碧溪街道',   'STREET', 5),
    ('dongnan',    '东南街道',   'STREET', 6),
    ('meili',      '梅李镇',     'TOWN',   7),
    ('haiyu',      '海虞镇',     'TOWN',   8),
    ('guli',       '古里镇',     'TOWN',   9),
    ('shajiabang', '沙家浜镇',   'TOWN',  10),
    ('zhitang',    '支塘镇',     'TOWN',  11),
    ('dongbang',   '董浜镇',     'TOWN',  12),
    ('xinzhuang',  '辛庄镇',     'TOWN',  13),
    ('shanghu',    '尚湖镇',     'TOWN',  14);
--rollback DROP TABLE town;

--changeset haitang:001-user-account
--comment: Users with BCrypt hashes; a coordinator is bound to exactly one town/street
CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(120) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    town_id         BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_locale VARCHAR(16) NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('CITY_ADMIN', 'STREET_COORDINATOR', 'REVIEWER')),
    CONSTRAINT ck_user_account_coordinator_town CHECK (role <> 'STREET_COORDINATOR' OR town_id IS NOT NULL),
    CONSTRAINT ck_user_account_admin_no_town CHECK (role <> 'CITY_ADMIN' OR town_id IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_account;

--changeset haitang:001-login-event
--comment: Every login attempt, successful or not; also the source of the lock-out after repeated failures
CREATE TABLE login_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    success         BOOLEAN      NOT NULL,
    outcome         VARCHAR(32)  NOT NULL,
    remote_address  VARCHAR(64)  NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    INDEX ix_login_event_user_time (username, occurred_at),
    INDEX ix_login_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE login_event;

--changeset haitang:001-audit-entry
--comment: Who changed what, when, with the changed fields before and after (JSON)
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    action          VARCHAR(16)  NOT NULL,
    entity_type     VARCHAR(64)  NOT NULL,
    entity_id       VARCHAR(64)  NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    changes         LONGTEXT     NOT NULL,
    INDEX ix_audit_entry_time (occurred_at),
    INDEX ix_audit_entry_entity (entity_type, entity_id, occurred_at),
    INDEX ix_audit_entry_user_time (username, occurred_at),
    CONSTRAINT ck_audit_entry_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_entry;
