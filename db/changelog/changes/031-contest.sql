--liquibase formatted sql

--changeset haitang:031-contest-year
--comment: A year of the venture contest (创投大赛): its calendar, its fund and budget
CREATE TABLE contest_year (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year                 INT            NOT NULL,
    name                 VARCHAR(100)   NOT NULL,
    fund_id              BIGINT         NOT NULL,
    budget               DECIMAL(14,2)  NOT NULL,
    call_opens           DATE           NOT NULL,
    call_closes          DATE           NOT NULL,
    review_ends          DATE           NOT NULL,
    awards_on            DATE           NOT NULL,
    implementation_ends  DATE           NOT NULL,
    closing_on           DATE           NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_contest_year UNIQUE (year),
    CONSTRAINT fk_contest_year_fund FOREIGN KEY (fund_id) REFERENCES fund (id),
    CONSTRAINT ck_contest_year_budget CHECK (budget > 0),
    CONSTRAINT ck_contest_year_calendar CHECK (call_opens <= call_closes AND call_closes <= review_ends
        AND review_ends <= awards_on AND awards_on <= implementation_ends AND implementation_ends <= closing_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contest_criterion (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_year_id  BIGINT        NOT NULL,
    sort_order       INT           NOT NULL,
    name             VARCHAR(60)   NOT NULL,
    max_points       INT           NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contest_criterion_year FOREIGN KEY (contest_year_id) REFERENCES contest_year (id),
    CONSTRAINT uk_contest_criterion UNIQUE (contest_year_id, name),
    CONSTRAINT ck_contest_criterion_max CHECK (max_points BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE contest_criterion; DROP TABLE contest_year;

--changeset haitang:031-contest-project
--comment: Proposals and, once awarded, projects of the contest; town and community for scope and the jury's conflict check
CREATE TABLE contest_project (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contest_year_id         BIGINT         NOT NULL,
    town_id                 BIGINT         NOT NULL,
    community_id            BIGINT         NOT NULL,
    title                   VARCHAR(100)   NOT NULL,
    problem                 VARCHAR(1000)  NOT NULL,
    plan                    VARCHAR(2000)  NOT NULL,
    team                    VARCHAR(200)   NOT NULL,
    expected_beneficiaries  INT            NOT NULL,
    earns_income            BOOLEAN        NOT NULL DEFAULT FALSE,
    state                   VARCHAR(16)    NOT NULL,
    grant_amount            DECIMAL(14,2)  NULL,
    grant_movement_id       BIGINT         NULL,
    beneficiaries_reached   INT            NULL,
    closing_evaluation      VARCHAR(1000)  NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_contest_project_year FOREIGN KEY (contest_year_id) REFERENCES contest_year (id),
    CONSTRAINT fk_contest_project_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_contest_project_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_contest_project_grant FOREIGN KEY (grant_movement_id) REFERENCES fund_movement (id),
    CONSTRAINT uk_contest_project_title UNIQUE (contest_year_id, title),
    CONSTRAINT ck_contest_project_state CHECK (state IN ('SUBMITTED', 'NOT_AWARDED', 'AWARDED', 'IN_PROGRESS', 'CLOSED')),
    CONSTRAINT ck_contest_project_grant CHECK (grant_amount IS NULL OR grant_amount > 0),
    INDEX ix_contest_project_year_state (contest_year_id, state),
    INDEX ix_contest_project_town (town_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contest_budget_line (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT         NOT NULL,
    item        VARCHAR(100)   NOT NULL,
    amount      DECIMAL(14,2)  NOT NULL,
    spent       DECIMAL(14,2)  NOT NULL DEFAULT 0,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_contest_budget_line_project FOREIGN KEY (project_id) REFERENCES contest_project (id),
    CONSTRAINT ck_contest_budget_line_amount CHECK (amount > 0 AND spent >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE fund_movement ADD CONSTRAINT fk_fund_movement_project FOREIGN KEY (project_id) REFERENCES contest_project (id);
--rollback ALTER TABLE fund_movement DROP FOREIGN KEY fk_fund_movement_project; DROP TABLE contest_budget_line; DROP TABLE contest_project;

--changeset haitang:031-contest-review
--comment: The jury's scores (one per juror, project and criterion) and an awarded project's milestones
CREATE TABLE contest_score (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    criterion_id  BIGINT       NOT NULL,
    juror         VARCHAR(64)  NOT NULL,
    points        INT          NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_contest_score_project FOREIGN KEY (project_id) REFERENCES contest_project (id),
    CONSTRAINT fk_contest_score_criterion FOREIGN KEY (criterion_id) REFERENCES contest_criterion (id),
    CONSTRAINT uk_contest_score UNIQUE (project_id, criterion_id, juror),
    CONSTRAINT ck_contest_score_points CHECK (points >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contest_milestone (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    due_on      DATE          NOT NULL,
    progress    INT           NOT NULL DEFAULT 0,
    evidence    VARCHAR(500)  NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contest_milestone_project FOREIGN KEY (project_id) REFERENCES contest_project (id),
    CONSTRAINT ck_contest_milestone_progress CHECK (progress BETWEEN 0 AND 100),
    INDEX ix_contest_milestone_due (project_id, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE contest_milestone; DROP TABLE contest_score;
