--liquibase formatted sql

--changeset haitang:052-notice-roles
--comment: 通知公告 audience by role as well as by town: coordinators, reviewers or both (the notices before went to coordinators)
ALTER TABLE notice
    ADD COLUMN to_coordinators BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN to_reviewers    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN reply_by        DATE    NULL,
    ADD CONSTRAINT ck_notice_some_role CHECK (to_coordinators OR to_reviewers);
--rollback ALTER TABLE notice DROP CONSTRAINT ck_notice_some_role, DROP COLUMN reply_by, DROP COLUMN to_reviewers, DROP COLUMN to_coordinators;

--changeset haitang:052-notice-reply
--comment: A recipient's reply to a notice that asks for one (reply_by set), with its attachments
CREATE TABLE notice_reply (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id   BIGINT         NOT NULL,
    user_id     BIGINT         NOT NULL,
    town_id     BIGINT         NULL,
    body        VARCHAR(2000)  NOT NULL,
    replied_at  DATETIME(6)    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    INDEX ix_notice_reply_notice (notice_id, town_id),
    CONSTRAINT fk_notice_reply_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_reply_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_notice_reply_town FOREIGN KEY (town_id) REFERENCES town (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_reply_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reply_id      BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_notice_reply_attachment_reply (reply_id),
    CONSTRAINT fk_notice_reply_attachment_reply FOREIGN KEY (reply_id) REFERENCES notice_reply (id),
    CONSTRAINT ck_notice_reply_attachment_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE notice_reply_attachment; DROP TABLE notice_reply;
