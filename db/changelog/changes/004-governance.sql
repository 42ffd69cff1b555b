--liquibase formatted sql

--changeset haitang:004-compound-committee
--comment: The owners' committee (业委会) or property management committee (物管会) of a compound: one per compound, its current term
CREATE TABLE compound_committee (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT       NOT NULL,
    town_id      BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    term_start   DATE         NOT NULL,
    term_end     DATE         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_compound_committee_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_compound_committee_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_compound_committee_compound UNIQUE (compound_id),
    CONSTRAINT ck_compound_committee_kind CHECK (kind IN ('OWNERS', 'PROPERTY_MANAGEMENT')),
    CONSTRAINT ck_compound_committee_term CHECK (term_end > term_start),
    INDEX ix_compound_committee_town_kind (town_id, kind),
    INDEX ix_compound_committee_term_end (term_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE compound_committee;

--changeset haitang:004-committee-candidate
--comment: Candidates for a committee and their party vetting (候选人把关); the rows are the vetting history and are never deleted once vetted
CREATE TABLE committee_candidate (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    committee_id   BIGINT        NOT NULL,
    town_id        BIGINT        NOT NULL,
    name           VARCHAR(32)   NOT NULL,
    party_member   BOOLEAN       NOT NULL,
    proposed_on    DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    vetter_kind    VARCHAR(32)   NULL,
    vetted_by      VARCHAR(32)   NULL,
    vetted_on      DATE          NULL,
    reason         VARCHAR(500)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_committee_candidate_committee FOREIGN KEY (committee_id) REFERENCES compound_committee (id),
    CONSTRAINT fk_committee_candidate_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_committee_candidate_status CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'ELECTED')),
    CONSTRAINT ck_committee_candidate_vetter CHECK (vetter_kind IS NULL OR vetter_kind IN ('COMPOUND_BRANCH', 'COMMUNITY_PARTY')),
    CONSTRAINT ck_committee_candidate_vetted CHECK (status = 'PROPOSED' OR (vetter_kind IS NOT NULL AND vetted_by IS NOT NULL AND vetted_on IS NOT NULL)),
    CONSTRAINT ck_committee_candidate_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL),
    INDEX ix_committee_candidate_committee (committee_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE committee_candidate;

--changeset haitang:004-committee-member
--comment: Elected members of a committee; each comes from an approved candidate
CREATE TABLE committee_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    committee_id   BIGINT       NOT NULL,
    town_id        BIGINT       NOT NULL,
    candidate_id   BIGINT       NOT NULL,
    name           VARCHAR(32)  NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    party_member   BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (committee_id) REFERENCES compound_committee (id),
    CONSTRAINT fk_committee_member_candidate FOREIGN KEY (candidate_id) REFERENCES committee_candidate (id),
    CONSTRAINT fk_committee_member_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_committee_member_candidate UNIQUE (candidate_id),
    CONSTRAINT ck_committee_member_role CHECK (role IN ('DIRECTOR', 'DEPUTY', 'MEMBER')),
    INDEX ix_committee_member_committee (committee_id),
    INDEX ix_committee_member_town (town_id, party_member)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE committee_member;

--changeset haitang:004-property-company
--comment: Registry of property service companies with their unified social credit code (统一社会信用代码)
CREATE TABLE property_company (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    credit_code     VARCHAR(18)  NOT NULL,
    contact_person  VARCHAR(32)  NOT NULL,
    contact_phone   VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_company_code UNIQUE (credit_code),
    CONSTRAINT uk_property_company_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE property_company;

--changeset haitang:004-property-service-term
--comment: Which company serves which compound, since when (and until when: the history stays)
CREATE TABLE property_service_term (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT  NOT NULL,
    town_id      BIGINT  NOT NULL,
    company_id   BIGINT  NOT NULL,
    since        DATE    NOT NULL,
    until        DATE    NULL,
    version      BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_service_term_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_property_service_term_company FOREIGN KEY (company_id) REFERENCES property_company (id),
    CONSTRAINT fk_property_service_term_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_property_service_term_dates CHECK (until IS NULL OR until >= since),
    INDEX ix_property_service_term_compound (compound_id, since),
    INDEX ix_property_service_term_company (company_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE property_service_term;

--changeset haitang:004-satisfaction-survey
--comment: Residents' satisfaction with the property service: sample and satisfied count (rate computed)
CREATE TABLE satisfaction_survey (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT  NOT NULL,
    town_id      BIGINT  NOT NULL,
    survey_date  DATE    NOT NULL,
    sample_size  INT     NOT NULL,
    satisfied    INT     NOT NULL,
    version      BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_satisfaction_survey_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_satisfaction_survey_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_satisfaction_survey_date UNIQUE (compound_id, survey_date),
    CONSTRAINT ck_satisfaction_survey_counts CHECK (sample_size > 0 AND satisfied >= 0 AND satisfied <= sample_size)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE satisfaction_survey;

--changeset haitang:004-fee-period
--comment: Property fee collection per period: due and collected in yuan (rate and arrears computed)
CREATE TABLE fee_period (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id   BIGINT         NOT NULL,
    town_id       BIGINT         NOT NULL,
    period_start  DATE           NOT NULL,
    period_end    DATE           NOT NULL,
    due           DECIMAL(14,2)  NOT NULL,
    collected     DECIMAL(14,2)  NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_fee_period_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_fee_period_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_fee_period_start UNIQUE (compound_id, period_start),
    CONSTRAINT ck_fee_period_dates CHECK (period_end >= period_start),
    CONSTRAINT ck_fee_period_amounts CHECK (due > 0 AND collected >= 0 AND collected <= due)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE fee_period;

--changeset haitang:004-property-dispute
--comment: Property disputes and their fast-track handling (速裁快审): filed, mediated or adjudicated, closed
CREATE TABLE property_dispute (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT        NOT NULL,
    town_id      BIGINT        NOT NULL,
    title        VARCHAR(100)  NOT NULL,
    severity     VARCHAR(16)   NOT NULL,
    fast_track   BOOLEAN       NOT NULL DEFAULT FALSE,
    state        VARCHAR(16)   NOT NULL,
    filed_on     DATE          NOT NULL,
    resolved_on  DATE          NULL,
    closed_on    DATE          NULL,
    outcome      VARCHAR(500)  NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_dispute_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_property_dispute_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_property_dispute_severity CHECK (severity IN ('MINOR', 'SERIOUS')),
    CONSTRAINT ck_property_dispute_state CHECK (state IN ('FILED', 'MEDIATED', 'ADJUDICATED', 'CLOSED')),
    CONSTRAINT ck_property_dispute_closed CHECK ((state = 'CLOSED') = (closed_on IS NOT NULL)),
    CONSTRAINT ck_property_dispute_dates CHECK (closed_on IS NULL OR closed_on >= filed_on),
    INDEX ix_property_dispute_town_state (town_id, state, severity),
    INDEX ix_property_dispute_compound (compound_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE property_dispute;

--changeset haitang:004-coordination-meeting
--comment: Four-party coordination (四方协同) meetings of a compound: who attended, topics, decisions
CREATE TABLE coordination_meeting (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id           BIGINT         NOT NULL,
    town_id               BIGINT         NOT NULL,
    meeting_date          DATE           NOT NULL,
    community_party       BOOLEAN        NOT NULL,
    compound_branch       BOOLEAN        NOT NULL,
    committee             BOOLEAN        NOT NULL,
    property_company      BOOLEAN        NOT NULL,
    topics                VARCHAR(1000)  NOT NULL,
    decisions             VARCHAR(1000)  NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_coordination_meeting_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_coordination_meeting_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_coordination_meeting_parties CHECK (community_party + compound_branch + committee + property_company >= 2),
    INDEX ix_coordination_meeting_compound (compound_id, meeting_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE coordination_meeting;
