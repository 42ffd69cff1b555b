--liquibase formatted sql

--changeset haitang:030-fund
--comment: Governance funds (治理资金): the city's special fund 善美海棠红 (no town, no community) or one community's fund
CREATE TABLE fund (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)    NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    town_id             BIGINT         NULL,
    community_id        BIGINT         NULL,
    custodian           VARCHAR(100)   NOT NULL,
    bank_account        VARCHAR(64)    NOT NULL,
    opened_on           DATE           NOT NULL,
    approval_threshold  DECIMAL(14,2)  NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_fund_name UNIQUE (name),
    CONSTRAINT uk_fund_community UNIQUE (community_id),
    CONSTRAINT fk_fund_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_fund_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT ck_fund_kind CHECK ((kind = 'CITY' AND town_id IS NULL AND community_id IS NULL)
        OR (kind = 'COMMUNITY' AND town_id IS NOT NULL AND community_id IS NOT NULL)),
    CONSTRAINT ck_fund_threshold CHECK (approval_threshold >= 0),
    INDEX ix_fund_town (town_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE fund;

--changeset haitang:030-fund-movement
--comment: Movements of a fund, the only source of its balance (SUM of signed_amount over POSTED rows). Never updated in amount, never deleted: a wrong one is reversed by another movement pointing at it (reverses_id, unique).
CREATE TABLE fund_movement (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fund_id             BIGINT         NOT NULL,
    town_id             BIGINT         NULL,
    direction           VARCHAR(3)     NOT NULL,
    kind                VARCHAR(16)    NOT NULL,
    moved_on            DATE           NOT NULL,
    amount              DECIMAL(14,2)  NOT NULL,
    signed_amount       DECIMAL(14,2)  AS (IF(direction = 'IN', amount, -amount)) PERSISTENT,
    status              VARCHAR(10)    NOT NULL,
    counterparty        VARCHAR(100)   NOT NULL,
    anonymous           BOOLEAN        NOT NULL DEFAULT FALSE,
    purpose             VARCHAR(200)   NOT NULL,
    project_id          BIGINT         NULL,
    target_fund_id      BIGINT         NULL,
    source_movement_id  BIGINT         NULL,
    reverses_id         BIGINT         NULL,
    reason              VARCHAR(200)   NULL,
    recorded_by         VARCHAR(64)    NOT NULL,
    recorded_at         DATETIME(6)    NOT NULL,
    approved_by         VARCHAR(64)    NULL,
    approved_at         DATETIME(6)    NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_fund_movement_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT fk_fund_movement_target FOREIGN KEY (target_fund_id) REFERENCES fund (id),
    CONSTRAINT fk_fund_movement_source FOREIGN KEY (source_movement_id) REFERENCES fund_movement (id),
    CONSTRAINT fk_fund_movement_reverses FOREIGN KEY (reverses_id) REFERENCES fund_movement (id),
    CONSTRAINT uk_fund_movement_reverses UNIQUE (reverses_id),
    CONSTRAINT ck_fund_movement_direction CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT ck_fund_movement_kind CHECK (kind IN ('DONATION', 'PROJECT_INCOME', 'ALLOCATION_IN', 'INTEREST', 'GRANT',
        'OPERATING', 'ALLOCATION_OUT')),
    CONSTRAINT ck_fund_movement_status CHECK (status IN ('PENDING', 'POSTED', 'REJECTED')),
    CONSTRAINT ck_fund_movement_amount CHECK (amount > 0),
    CONSTRAINT ck_fund_movement_reason CHECK (reverses_id IS NULL OR reason IS NOT NULL),
    INDEX ix_fund_movement_ledger (fund_id, status, moved_on, kind, signed_amount),
    INDEX ix_fund_movement_page (fund_id, moved_on, id),
    INDEX ix_fund_movement_town (town_id, status, moved_on),
    INDEX ix_fund_movement_project (project_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE fund_movement;

--changeset haitang:030-fund-voucher
--comment: Vouchers (凭证) of a movement: PDF/JPEG/PNG in the database, checked by the shared Attachments
CREATE TABLE fund_voucher (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    movement_id   BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_fund_voucher_movement FOREIGN KEY (movement_id) REFERENCES fund_movement (id),
    INDEX ix_fund_voucher_movement (movement_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE fund_voucher;

--changeset haitang:030-fund-tally
--comment: Per fund, month and kind, the sum of the POSTED movements' signed amounts. Kept by the triggers below in the same statement as every write (forms, imports, bulk demo data), so a balance, a monthly statement and the city's figures read a few rows per fund instead of every movement; FundTallyTest compares it with the movements.
CREATE TABLE fund_tally (
    fund_id   BIGINT         NOT NULL,
    town_id   BIGINT         NULL,
    month     DATE           NOT NULL,
    kind      VARCHAR(16)    NOT NULL,
    total     DECIMAL(14,2)  NOT NULL DEFAULT 0,
    PRIMARY KEY (fund_id, month, kind),
    CONSTRAINT fk_fund_tally_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    INDEX ix_fund_tally_town (town_id, month, kind, total)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE fund_tally;

--changeset haitang:030-fund-tally-insert splitStatements:false
CREATE TRIGGER fund_tally_insert AFTER INSERT ON fund_movement FOR EACH ROW
IF NEW.status = 'POSTED' THEN
    INSERT INTO fund_tally (fund_id, town_id, month, kind, total)
    VALUES (NEW.fund_id, NEW.town_id, DATE_FORMAT(NEW.moved_on, '%Y-%m-01'), NEW.kind,
            IF(NEW.direction = 'IN', NEW.amount, -NEW.amount))
    ON DUPLICATE KEY UPDATE total = total + VALUES(total);
END IF;
--rollback DROP TRIGGER fund_tally_insert;

--changeset haitang:030-fund-tally-update splitStatements:false
CREATE TRIGGER fund_tally_update AFTER UPDATE ON fund_movement FOR EACH ROW
BEGIN
    IF OLD.status = 'POSTED' THEN
        UPDATE fund_tally SET total = total - IF(OLD.direction = 'IN', OLD.amount, -OLD.amount)
        WHERE fund_id = OLD.fund_id AND month = DATE_FORMAT(OLD.moved_on, '%Y-%m-01') AND kind = OLD.kind;
    END IF;
    IF NEW.status = 'POSTED' THEN
        INSERT INTO fund_tally (fund_id, town_id, month, kind, total)
        VALUES (NEW.fund_id, NEW.town_id, DATE_FORMAT(NEW.moved_on, '%Y-%m-01'), NEW.kind,
                IF(NEW.direction = 'IN', NEW.amount, -NEW.amount))
        ON DUPLICATE KEY UPDATE total = total + VALUES(total);
    END IF;
END
--rollback DROP TRIGGER fund_tally_update;

--changeset haitang:030-fund-tally-delete splitStatements:false
CREATE TRIGGER fund_tally_delete AFTER DELETE ON fund_movement FOR EACH ROW
IF OLD.status = 'POSTED' THEN
    UPDATE fund_tally SET total = total - IF(OLD.direction = 'IN', OLD.amount, -OLD.amount)
    WHERE fund_id = OLD.fund_id AND month = DATE_FORMAT(OLD.moved_on, '%Y-%m-01') AND kind = OLD.kind;
END IF;
--rollback DROP TRIGGER fund_tally_delete;
