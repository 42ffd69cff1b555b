--liquibase formatted sql

--changeset haitang:051-notice
--comment: 通知公告: the city admin's notices to the towns/streets (all or some), their attachments and read receipts
CREATE TABLE notice (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(100)   NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    all_towns     BOOLEAN        NOT NULL,
    read_by       DATE           NULL,
    published_by  VARCHAR(64)    NOT NULL,
    published_at  DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    INDEX ix_notice_published (published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_town (
    notice_id  BIGINT NOT NULL,
    town_id    BIGINT NOT NULL,
    PRIMARY KEY (notice_id, town_id),
    INDEX ix_notice_town_town (town_id, notice_id),
    CONSTRAINT fk_notice_town_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_town_town FOREIGN KEY (town_id) REFERENCES town (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_notice_attachment_notice (notice_id),
    CONSTRAINT fk_notice_attachment_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT ck_notice_attachment_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_receipt (
    notice_id  BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    read_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (notice_id, user_id),
    INDEX ix_notice_receipt_user (user_id, notice_id),
    CONSTRAINT fk_notice_receipt_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_receipt_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE notice_receipt; DROP TABLE notice_attachment; DROP TABLE notice_town; DROP TABLE notice;
