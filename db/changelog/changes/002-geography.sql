--liquibase formatted sql

--changeset haitang:002-community
--comment: Communities (社区) of a town/street
CREATE TABLE community (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    town_id     BIGINT       NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_community_town_name UNIQUE (town_id, name),
    INDEX ix_community_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE community;

--changeset haitang:002-compound
--comment: Residential compounds (住宅小区); town_id is kept equal to the community's town for fast scoping
CREATE TABLE compound (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id        BIGINT        NOT NULL,
    town_id             BIGINT        NOT NULL,
    name                VARCHAR(64)   NOT NULL,
    address             VARCHAR(200)  NOT NULL,
    year_built          INT           NULL,
    buildings           INT           NOT NULL DEFAULT 0,
    households          INT           NOT NULL DEFAULT 0,
    gated               BOOLEAN       NOT NULL DEFAULT TRUE,
    management_mode     VARCHAR(32)   NOT NULL,
    committee_required  BOOLEAN       NOT NULL DEFAULT TRUE,
    committee_exemption VARCHAR(100)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_compound_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_compound_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_compound_community_name UNIQUE (community_id, name),
    CONSTRAINT ck_compound_mode CHECK (management_mode IN ('PROPERTY_COMPANY', 'SELF_MANAGED', 'NONE')),
    CONSTRAINT ck_compound_exemption CHECK (committee_required OR committee_exemption IS NOT NULL),
    CONSTRAINT ck_compound_counts CHECK (buildings >= 0 AND households >= 0),
    INDEX ix_compound_town_name (town_id, name),
    INDEX ix_compound_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE compound;

--changeset haitang:002-micro-grid
--comment: Micro-grids (微网格) of a compound, with their grid worker
CREATE TABLE micro_grid (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT       NOT NULL,
    town_id      BIGINT       NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    grid_worker  VARCHAR(32)  NOT NULL,
    households   INT          NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_micro_grid_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    CONSTRAINT fk_micro_grid_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_micro_grid_compound_name UNIQUE (compound_id, name),
    CONSTRAINT ck_micro_grid_households CHECK (households >= 0),
    INDEX ix_micro_grid_town (town_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE micro_grid;
