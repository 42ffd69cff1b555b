--liquibase formatted sql

--changeset haitang:006-accr-rubric
--comment: Scoring rubrics (评分细则): criteria with a maximum each, summing to 100; a rubric used by a round is frozen
CREATE TABLE accr_rubric (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_accr_rubric_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rubric_id   BIGINT        NOT NULL,
    sort_order  INT           NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    max_score   INT           NOT NULL,
    guidance    VARCHAR(500)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_criterion_rubric FOREIGN KEY (rubric_id) REFERENCES accr_rubric (id),
    CONSTRAINT uk_accr_criterion_rubric_name UNIQUE (rubric_id, name),
    CONSTRAINT ck_accr_criterion_max CHECK (max_score BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE accr_criterion; DROP TABLE accr_rubric;

--changeset haitang:006-accr-round
--comment: Rounds (评选批次): level, year, window, quota, rubric and the thresholds eligibility is checked against
CREATE TABLE accr_round (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    level                VARCHAR(16)   NOT NULL,
    year                 INT           NOT NULL,
    title                VARCHAR(100)  NOT NULL,
    opens_on             DATE          NOT NULL,
    closes_on            DATE          NOT NULL,
    review_deadline      DATE          NOT NULL,
    quota                INT           NOT NULL,
    rubric_id            BIGINT        NOT NULL,
    min_satisfaction     DECIMAL(5,2)  NOT NULL,
    min_fee_collection   DECIMAL(5,2)  NOT NULL,
    spread_threshold     DECIMAL(5,2)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_round_rubric FOREIGN KEY (rubric_id) REFERENCES accr_rubric (id),
    CONSTRAINT uk_accr_round_title UNIQUE (year, title),
    CONSTRAINT ck_accr_round_level CHECK (level IN ('CITY', 'SUZHOU', 'PROVINCIAL')),
    CONSTRAINT ck_accr_round_window CHECK (closes_on >= opens_on AND review_deadline >= closes_on),
    CONSTRAINT ck_accr_round_quota CHECK (quota > 0),
    CONSTRAINT ck_accr_round_thresholds CHECK (min_satisfaction BETWEEN 0 AND 100 AND min_fee_collection BETWEEN 0 AND 100
        AND spread_threshold BETWEEN 0 AND 100),
    INDEX ix_accr_round_level_year (level, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE accr_round;

--changeset haitang:006-accr-application
--comment: Applications (申报): one per compound and round, one life-cycle state; town and community copied for scoping and conflicts
CREATE TABLE accr_application (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id                BIGINT         NOT NULL,
    compound_id             BIGINT         NOT NULL,
    community_id            BIGINT         NOT NULL,
    town_id                 BIGINT         NOT NULL,
    state                   VARCHAR(32)    NOT NULL,
    statement               VARCHAR(4000)  NOT NULL,
    key_figures             VARCHAR(1000)  NOT NULL,
    eligible                BOOLEAN        NULL,
    eligibility_detail      VARCHAR(1000)  NULL,
    eligibility_checked_at  DATETIME(6)    NULL,
    override_reason         VARCHAR(500)   NULL,
    send_back_reason        VARCHAR(500)   NULL,
    result                  DECIMAL(6,2)   NULL,
    spread                  DECIMAL(6,2)   NULL,
    trimmed                 BOOLEAN        NOT NULL DEFAULT FALSE,
    flagged                 BOOLEAN        NOT NULL DEFAULT FALSE,
    decision_reason         VARCHAR(500)   NULL,
    notice_from             DATE           NULL,
    notice_to               DATE           NULL,
    created_by              VARCHAR(64)    NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    submitted_at            DATETIME(6)    NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_application_round FOREIGN KEY (round_id) REFERENCES accr_round (id),
    CONSTRAINT fk_accr_application_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_accr_application_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_accr_application_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_accr_application_round_compound UNIQUE (round_id, compound_id),
    CONSTRAINT ck_accr_application_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'SENT_BACK', 'UNDER_REVIEW', 'SCORED',
        'APPROVED', 'REJECTED', 'IN_NOTICE', 'ACCREDITED', 'REJECTED_AFTER_OBJECTION', 'EXPIRED', 'REVOKED')),
    CONSTRAINT ck_accr_application_notice CHECK (notice_to IS NULL OR notice_to >= notice_from),
    INDEX ix_accr_application_state (state, notice_to),
    INDEX ix_accr_application_town (town_id, state),
    INDEX ix_accr_application_compound (compound_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE accr_application;

--changeset haitang:006-accr-attachment
--comment: Attachments of an application; the bytes are kept in the row (size limited by the service)
CREATE TABLE accr_attachment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    content         LONGBLOB      NULL,
    uploaded_by     VARCHAR(64)   NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_attachment_application FOREIGN KEY (application_id) REFERENCES accr_application (id),
    CONSTRAINT ck_accr_attachment_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE accr_attachment;

--changeset haitang:006-accr-review
--comment: Reviewer assignments with their scores per criterion; scores are hidden until all assigned ones are in
CREATE TABLE accr_assignment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    reviewer_id     BIGINT        NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    deadline        DATE          NOT NULL,
    total           DECIMAL(6,2)  NULL,
    comment         VARCHAR(1000) NULL,
    recusal_reason  VARCHAR(500)  NULL,
    submitted_at    DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_assignment_application FOREIGN KEY (application_id) REFERENCES accr_application (id),
    CONSTRAINT fk_accr_assignment_reviewer FOREIGN KEY (reviewer_id) REFERENCES user_account (id),
    CONSTRAINT uk_accr_assignment UNIQUE (application_id, reviewer_id),
    CONSTRAINT ck_accr_assignment_state CHECK (state IN ('ASSIGNED', 'DRAFT', 'SUBMITTED', 'RECUSED')),
    INDEX ix_accr_assignment_reviewer (reviewer_id, state, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_score (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id   BIGINT        NOT NULL,
    criterion_id    BIGINT        NOT NULL,
    score           INT           NOT NULL,
    comment         VARCHAR(500)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_score_assignment FOREIGN KEY (assignment_id) REFERENCES accr_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_accr_score_criterion FOREIGN KEY (criterion_id) REFERENCES accr_criterion (id),
    CONSTRAINT uk_accr_score UNIQUE (assignment_id, criterion_id),
    CONSTRAINT ck_accr_score_range CHECK (score >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_reviewer_affiliation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    institution_id  BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_affiliation_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT uk_accr_affiliation UNIQUE (user_id, institution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE accr_reviewer_affiliation; DROP TABLE accr_score; DROP TABLE accr_assignment;

--changeset haitang:006-accr-notice
--comment: Objections during 公示, the accredited sites (certificates) and the life-cycle timeline
CREATE TABLE accr_objection (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    raised_by       VARCHAR(100)  NOT NULL,
    content         VARCHAR(1000) NOT NULL,
    received_on     DATE          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    resolution      VARCHAR(500)  NULL,
    resolved_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_objection_application FOREIGN KEY (application_id) REFERENCES accr_application (id),
    CONSTRAINT ck_accr_objection_state CHECK (state IN ('OPEN', 'UPHELD', 'DISMISSED')),
    INDEX ix_accr_objection_application (application_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_site (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    compound_id     BIGINT        NOT NULL,
    town_id         BIGINT        NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    certificate_no  VARCHAR(32)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    revoke_reason   VARCHAR(500)  NULL,
    ended_at        DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accr_site_application FOREIGN KEY (application_id) REFERENCES accr_application (id),
    CONSTRAINT fk_accr_site_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_accr_site_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_accr_site_certificate UNIQUE (certificate_no),
    CONSTRAINT uk_accr_site_application UNIQUE (application_id),
    CONSTRAINT ck_accr_site_level CHECK (level IN ('CITY', 'SUZHOU', 'PROVINCIAL')),
    CONSTRAINT ck_accr_site_state CHECK (state IN ('CURRENT', 'EXPIRED', 'REVOKED')),
    CONSTRAINT ck_accr_site_validity CHECK (valid_to > valid_from),
    INDEX ix_accr_site_level (level, state, valid_to),
    INDEX ix_accr_site_town (town_id, level, state),
    INDEX ix_accr_site_compound (compound_id, level, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    step            VARCHAR(32)   NOT NULL,
    from_state      VARCHAR(32)   NULL,
    to_state        VARCHAR(32)   NOT NULL,
    note            VARCHAR(1000) NULL,
    CONSTRAINT fk_accr_event_application FOREIGN KEY (application_id) REFERENCES accr_application (id),
    INDEX ix_accr_event_application (application_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accr_job_lock (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    locked_until  DATETIME(6)   NOT NULL,
    locked_by     VARCHAR(100)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO accr_job_lock (name, locked_until) VALUES ('accreditation-daily', '2000-01-01 00:00:00');
--rollback DROP TABLE accr_job_lock; DROP TABLE accr_event; DROP TABLE accr_site; DROP TABLE accr_objection;
