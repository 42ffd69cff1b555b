--liquibase formatted sql

--changeset haitang:050-user-nav-section
--comment: Which sections of the side navigation each user has folded or opened, remembered across sessions
CREATE TABLE user_nav_section (
    user_id   BIGINT      NOT NULL,
    section   VARCHAR(32) NOT NULL,
    expanded  BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, section),
    CONSTRAINT fk_user_nav_section_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_nav_section;
