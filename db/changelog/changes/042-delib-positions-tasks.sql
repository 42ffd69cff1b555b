--liquibase formatted sql

--changeset haitang:042-delib-position
--comment: Each party's position in a round of a consultation (parties × rounds): its stance and what it said; one per party and round
CREATE TABLE delib_position (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT        NOT NULL,
    round_id         BIGINT        NOT NULL,
    party_id         BIGINT        NOT NULL,
    stance           VARCHAR(16)   NOT NULL,
    statement        VARCHAR(500)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_position_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT fk_delib_position_round FOREIGN KEY (round_id) REFERENCES delib_round (id),
    CONSTRAINT fk_delib_position_party FOREIGN KEY (party_id) REFERENCES delib_party (id),
    CONSTRAINT uk_delib_position UNIQUE (round_id, party_id),
    CONSTRAINT ck_delib_position_stance CHECK (stance IN ('SUPPORT', 'CONDITIONAL', 'OPPOSE', 'RESERVED')),
    INDEX ix_delib_position_consultation (consultation_id, round_id),
    INDEX ix_delib_position_party (party_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_position;

--changeset haitang:042-delib-task
--comment: The final plan's tasks: which party does what, by when ("群众吹哨，部门报到")
CREATE TABLE delib_task (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT        NOT NULL,
    party_id         BIGINT        NOT NULL,
    task             VARCHAR(300)  NOT NULL,
    due_on           DATE          NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_task_consultation FOREIGN KEY (consultation_id) REFERENCES delib_consultation (id),
    CONSTRAINT fk_delib_task_party FOREIGN KEY (party_id) REFERENCES delib_party (id),
    INDEX ix_delib_task_consultation (consultation_id, due_on),
    INDEX ix_delib_task_party (party_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE delib_task;
