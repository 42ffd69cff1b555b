--liquibase formatted sql

--changeset haitang:061-personal-data-access
--comment: Who saw or exported personal data (ID numbers, phones) and how (个人信息保护法): which list, which filter, how many rows, in full or masked, and the reason given for a full export; city admins search it
CREATE TABLE personal_data_access (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    filter_text VARCHAR(500) NULL,
    row_count   INT          NOT NULL,
    unmasked    BOOLEAN      NOT NULL,
    reason      VARCHAR(200) NULL,
    CONSTRAINT ck_personal_data_action CHECK (action IN ('VIEW', 'EXPORT'))
);
CREATE INDEX ix_personal_data_time ON personal_data_access (occurred_at);
CREATE INDEX ix_personal_data_user ON personal_data_access (username, occurred_at);
--rollback DROP TABLE personal_data_access;
