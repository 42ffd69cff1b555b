--liquibase formatted sql

--changeset haitang:040-delib-platform
--comment: Micro-deliberation platforms (微议事: 逢五说事, 先锋夜谈, 楼道议事…) of a compound or a community
CREATE TABLE delib_platform (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(64)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    town_id       BIGINT        NOT NULL,
    community_id  BIGINT        NOT NULL,
    compound_id   BIGINT        NULL,
    venue         VARCHAR(200)  NOT NULL,
    host          VARCHAR(32)   NOT NULL,
    rhythm        VARCHAR(16)   NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_platform_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_delib_platform_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_delib_platform_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT ck_delib_platform_kind CHECK (kind IN ('FENGWU', 'PIONEER_NIGHT', 'CORRIDOR', 'COURTYARD', 'OTHER')),
    CONSTRAINT ck_delib_platform_rhythm CHECK (rhythm IN ('FENGWU', 'WEEKLY', 'MONTHLY', 'AS_NEEDED')),
    INDEX ix_delib_platform_town (town_id, community_id, id),
    INDEX ix_delib_platform_compound (compound_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_platform;

--changeset haitang:040-delib-session
--comment: A session of a platform: date, host, attendance by kind and minutes; place columns copied for scoped, index-only lists
CREATE TABLE delib_session (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform_id        BIGINT         NOT NULL,
    town_id            BIGINT         NOT NULL,
    community_id       BIGINT         NOT NULL,
    compound_id        BIGINT         NULL,
    held_on            DATE           NOT NULL,
    host               VARCHAR(32)    NOT NULL,
    residents          INT            NOT NULL DEFAULT 0,
    party_members      INT            NOT NULL DEFAULT 0,
    owners_committee   INT            NOT NULL DEFAULT 0,
    property_company   INT            NOT NULL DEFAULT 0,
    institutions       INT            NOT NULL DEFAULT 0,
    minutes            VARCHAR(4000)  NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_session_platform FOREIGN KEY (platform_id) REFERENCES delib_platform (id),
    CONSTRAINT fk_delib_session_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_delib_session_counts CHECK (residents >= 0 AND party_members >= 0 AND owners_committee >= 0
        AND property_company >= 0 AND institutions >= 0),
    INDEX ix_delib_session_held (held_on, id),
    INDEX ix_delib_session_town_held (town_id, held_on, id),
    INDEX ix_delib_session_platform (platform_id, held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_session;

--changeset haitang:040-delib-session-photo
--comment: Photos and sign-in sheets of a session, stored in the database
CREATE TABLE delib_session_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id    BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_photo_session FOREIGN KEY (session_id) REFERENCES delib_session (id),
    INDEX ix_delib_photo_session (session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_session_photo;

--changeset haitang:040-delib-consultation
--comment: 海棠有约·共商共办 consultations of a compound: the question, its rounds and the final plan with who does what
CREATE TABLE delib_consultation (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(100)   NOT NULL,
    question      VARCHAR(2000)  NOT NULL,
    town_id       BIGINT         NOT NULL,
    community_id  BIGINT         NOT NULL,
    compound_id   BIGINT         NOT NULL,
    opened_on     DATE           NOT NULL,
    state         VARCHAR(16)    NOT NULL,
    plan          VARCHAR(4000)  NULL,
    duties        VARCHAR(2000)  NULL,
    closed_on     DATE           NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_consultation_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_delib_consultation_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT ck_delib_consultation_state CHECK (state IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_delib_consultation_closed CHECK (state = 'OPEN' OR (closed_on IS NOT NULL AND plan IS NOT NULL)),
    INDEX ix_delib_consultation_town (town_id, state, id),
    INDEX ix_delib_consultation_state (state, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_consultation;

--changeset haitang:040-delib-topic
--comment: A topic raised at a session with its outcome; linked to the board's matter or the consultation it went to
CREATE TABLE delib_topic (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT         NOT NULL,
    town_id          BIGINT         NOT NULL,
    title            VARCHAR(100)   NOT NULL,
    description      VARCHAR(1000)  NULL,
    outcome          VARCHAR(16)    NOT NULL,
    due_on           DATE           NULL,
    result           VARCHAR(1000)  NULL,
    resolved_on      DATE           NULL,
    reason           VARCHAR(500)   NULL,
    matter_id        BIGINT         NULL,
    consultation_id  BIGINT         NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_topic_session FOREIGN KEY (session_id) REFERENCES delib_session (id),
    CONSTRAINT fk_delib_topic_matter FOREIGN KEY (matter_id) REFERENCES matter (id),
    CONSTRAINT fk_delib_topic_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT ck_delib_topic_outcome CHECK (outcome IN ('PENDING', 'ON_SPOT', 'COMMUNITY', 'CONSULTATION', 'BOARD', 'NOT_TAKEN')),
    CONSTRAINT ck_delib_topic_community CHECK (outcome <> 'COMMUNITY' OR due_on IS NOT NULL),
    CONSTRAINT ck_delib_topic_board CHECK (outcome <> 'BOARD' OR matter_id IS NOT NULL),
    CONSTRAINT ck_delib_topic_not_taken CHECK (outcome <> 'NOT_TAKEN' OR reason IS NOT NULL),
    CONSTRAINT uk_delib_topic_matter UNIQUE (matter_id),
    INDEX ix_delib_topic_session (session_id, id),
    INDEX ix_delib_topic_overdue (outcome, resolved_on, due_on),
    INDEX ix_delib_topic_town_overdue (town_id, outcome, resolved_on, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_topic;

--changeset haitang:040-delib-party
--comment: The parties of a consultation: the community party committee leads; departments, committees, property company, institutions, residents' representatives
CREATE TABLE delib_party (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT        NOT NULL,
    role             VARCHAR(24)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_party_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT uk_delib_party UNIQUE (consultation_id, name),
    CONSTRAINT ck_delib_party_role CHECK (role IN ('LEAD', 'DEPARTMENT', 'OWNERS_COMMITTEE', 'PROPERTY_COMMITTEE',
        'PROPERTY_COMPANY', 'INSTITUTION', 'RESIDENTS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_party;

--changeset haitang:040-delib-round
--comment: A round of a consultation: date, minutes, the options considered and each party's position
CREATE TABLE delib_round (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT         NOT NULL,
    number           INT            NOT NULL,
    held_on          DATE           NOT NULL,
    minutes          VARCHAR(4000)  NOT NULL,
    options          VARCHAR(2000)  NOT NULL,
    positions        VARCHAR(2000)  NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_round_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT uk_delib_round_number UNIQUE (consultation_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_round;

--changeset haitang:040-delib-ownership
--comment: A compound's total exclusive area (专有部分面积) and owner count, the denominators of Civil Code art. 278
CREATE TABLE delib_ownership (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id   BIGINT         NOT NULL,
    town_id       BIGINT         NOT NULL,
    total_area    DECIMAL(14,2)  NOT NULL,
    owner_count   INT            NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_ownership_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT uk_delib_ownership_compound UNIQUE (compound_id),
    CONSTRAINT ck_delib_ownership CHECK (total_area > 0 AND owner_count > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_ownership;

--changeset haitang:040-delib-vote
--comment: An owners' joint decision (业主共同决定) on a consultation's plan; the denominators are fixed when it opens, the result when it is counted
CREATE TABLE delib_vote (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id       BIGINT         NOT NULL,
    town_id               BIGINT         NOT NULL,
    compound_id           BIGINT         NOT NULL,
    item                  VARCHAR(24)    NOT NULL,
    question              VARCHAR(500)   NOT NULL,
    total_area            DECIMAL(14,2)  NOT NULL,
    total_owners          INT            NOT NULL,
    state                 VARCHAR(16)    NOT NULL,
    participating_area    DECIMAL(14,2)  NULL,
    participating_owners  INT            NULL,
    agree_area            DECIMAL(14,2)  NULL,
    agree_owners          INT            NULL,
    passed                BOOLEAN        NULL,
    counted_on            DATE           NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_vote_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT uk_delib_vote_consultation UNIQUE (consultation_id),
    CONSTRAINT ck_delib_vote_state CHECK (state IN ('OPEN', 'COUNTED')),
    CONSTRAINT ck_delib_vote_totals CHECK (total_area > 0 AND total_owners > 0),
    INDEX ix_delib_vote_town (town_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_vote;

--changeset haitang:040-delib-ballot
--comment: One household's ballot: its exclusive area and agree/disagree/abstain (an abstention counts as participation)
CREATE TABLE delib_ballot (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vote_id     BIGINT         NOT NULL,
    household   VARCHAR(32)    NOT NULL,
    owner_name  VARCHAR(32)    NOT NULL,
    area        DECIMAL(10,2)  NOT NULL,
    choice      VARCHAR(16)    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_ballot_vote FOREIGN KEY (vote_id) REFERENCES delib_vote (id),
    CONSTRAINT uk_delib_ballot_household UNIQUE (vote_id, household),
    CONSTRAINT ck_delib_ballot_choice CHECK (choice IN ('AGREE', 'DISAGREE', 'ABSTAIN')),
    CONSTRAINT ck_delib_ballot_area CHECK (area > 0),
    INDEX ix_delib_ballot_tally (vote_id, choice, area)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_ballot;
