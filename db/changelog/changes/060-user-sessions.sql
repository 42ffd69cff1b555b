--liquibase formatted sql

--changeset haitang:060-user-account-session-epoch
--comment: A per-user session epoch (raised when the user is disabled, gets a new password, or changes role or town: every open session of an older epoch ends at its next request, on every node) and the forced change of a password an admin set
ALTER TABLE user_account
    ADD COLUMN session_epoch INT NOT NULL DEFAULT 0,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE user_account DROP COLUMN session_epoch, DROP COLUMN must_change_password;

--changeset haitang:060-user-session
--comment: Signed-in sessions of every node (在线用户): who, since when, from where, on which node; a session ended here (forced, user changed) is refused at its next request
CREATE TABLE user_session (
    session_key     CHAR(36)     NOT NULL PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    epoch           INT          NOT NULL,
    node            VARCHAR(64)  NOT NULL,
    remote_address  VARCHAR(64)  NULL,
    user_agent      VARCHAR(255) NULL,
    started_at      DATETIME(6)  NOT NULL,
    last_seen_at    DATETIME(6)  NOT NULL,
    ended_at        DATETIME(6)  NULL,
    end_reason      VARCHAR(16)  NULL,
    INDEX ix_user_session_user (user_id, ended_at),
    INDEX ix_user_session_open (ended_at, last_seen_at),
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_session_reason CHECK (end_reason IS NULL
        OR end_reason IN ('LOGOUT', 'EXPIRED', 'FORCED', 'DISABLED', 'PASSWORD', 'ROLE_CHANGED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_session;

--changeset haitang:060-login-event-address
--comment: Failed sign-ins per client address (password spraying over many accounts) are counted from the shared login log
CREATE INDEX ix_login_event_address_time ON login_event (remote_address, occurred_at);
--rollback DROP INDEX ix_login_event_address_time ON login_event;
