--liquibase formatted sql

--changeset haitang:020-scene-type
--comment: The city-maintained list of happiness-scene types (幸福场景类型); each type is one of the service items of the "1510" circle
CREATE TABLE scene_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(32)  NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_scene_type_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO scene_type (name, sort_order) VALUES
    ('青少年公益课堂', 1), ('社区共享食堂', 2), ('农蔬直通车', 3), ('家门口的老年大学', 4), ('社区夜课堂', 5),
    ('四点半课堂', 6), ('助老助餐', 7), ('健康义诊', 8), ('法律咨询', 9), ('文体活动', 10), ('特殊群体关爱', 11);
--rollback DROP TABLE scene_type;

--changeset haitang:020-service-position
--comment: Service positions (服务阵地) of a community: its party-mass service centre, 1510 station, open spaces, rooms lent by institutions
CREATE TABLE service_position (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    town_id         BIGINT         NOT NULL,
    community_id    BIGINT         NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    kind            VARCHAR(24)    NOT NULL,
    address         VARCHAR(200)   NOT NULL,
    floor_area      DECIMAL(10,2)  NOT NULL,
    owner           VARCHAR(100)   NOT NULL,
    institution_id  BIGINT         NULL,
    contact_person  VARCHAR(32)    NOT NULL,
    contact_phone   VARCHAR(20)    NOT NULL,
    hours_revision  INT            NOT NULL DEFAULT 0,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_position_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_service_position_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_service_position_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uk_service_position_name UNIQUE (community_id, name),
    CONSTRAINT ck_service_position_kind CHECK (kind IN ('SERVICE_CENTRE', 'STATION_1510', 'OPEN_SPACE', 'CORRIDOR', 'LENT_ROOM', 'OTHER')),
    CONSTRAINT ck_service_position_lent CHECK (kind <> 'LENT_ROOM' OR institution_id IS NOT NULL),
    CONSTRAINT ck_service_position_area CHECK (floor_area > 0),
    INDEX ix_service_position_town (town_id, community_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE service_position;

--changeset haitang:020-position-hours
--comment: Opening hours of a position per weekday (1 = Monday): regular, off-peak (错峰) or late (延时) slots
CREATE TABLE position_hours (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    position_id  BIGINT       NOT NULL,
    weekday      INT          NOT NULL,
    opens        TIME         NOT NULL,
    closes       TIME         NOT NULL,
    slot         VARCHAR(16)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_position_hours_position FOREIGN KEY (position_id) REFERENCES service_position (id),
    CONSTRAINT ck_position_hours_day CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_position_hours_order CHECK (closes > opens),
    CONSTRAINT ck_position_hours_slot CHECK (slot IN ('REGULAR', 'OFF_PEAK', 'LATE')),
    INDEX ix_position_hours_position (position_id, weekday, opens),
    INDEX ix_position_hours_slot (slot, position_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE position_hours;

--changeset haitang:020-scene
--comment: Happiness scenes (幸福场景) on a position: type, target groups (一老一小一特 and all residents), organiser, schedule, capacity, state
CREATE TABLE scene (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    position_id      BIGINT        NOT NULL,
    town_id          BIGINT        NOT NULL,
    community_id     BIGINT        NOT NULL,
    type_id          BIGINT        NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    for_elderly      BOOLEAN       NOT NULL DEFAULT FALSE,
    for_children     BOOLEAN       NOT NULL DEFAULT FALSE,
    for_special      BOOLEAN       NOT NULL DEFAULT FALSE,
    for_all          BOOLEAN       NOT NULL DEFAULT FALSE,
    organiser_kind   VARCHAR(24)   NOT NULL,
    organiser_name   VARCHAR(100)  NOT NULL,
    institution_id   BIGINT        NULL,
    schedule         VARCHAR(100)  NOT NULL,
    capacity         INT           NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    state_reason     VARCHAR(200)  NULL,
    state_since      DATE          NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_scene_position FOREIGN KEY (position_id) REFERENCES service_position (id),
    CONSTRAINT fk_scene_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_scene_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_scene_type FOREIGN KEY (type_id) REFERENCES scene_type (id),
    CONSTRAINT fk_scene_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_scene_groups CHECK (for_elderly OR for_children OR for_special OR for_all),
    CONSTRAINT ck_scene_organiser CHECK (organiser_kind IN ('COMMUNITY', 'INSTITUTION', 'SOCIAL_ORGANISATION')),
    CONSTRAINT ck_scene_capacity CHECK (capacity > 0),
    CONSTRAINT ck_scene_state CHECK (state IN ('PLANNED', 'RUNNING', 'PAUSED', 'CLOSED')),
    INDEX ix_scene_list (town_id, community_id, state, id),
    INDEX ix_scene_position (position_id, state),
    INDEX ix_scene_state_type (state, type_id, town_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE scene;

--changeset haitang:020-scene-state-change
--comment: Every change of a scene's state, with its reason, for the scene's history
CREATE TABLE scene_state_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scene_id    BIGINT        NOT NULL,
    from_state  VARCHAR(16)   NOT NULL,
    to_state    VARCHAR(16)   NOT NULL,
    reason      VARCHAR(200)  NULL,
    changed_on  DATE          NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_scene_state_change_scene FOREIGN KEY (scene_id) REFERENCES scene (id),
    INDEX ix_scene_state_change_scene (scene_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE scene_state_change;

--changeset haitang:020-service-record
--comment: A session of a scene that was held: date, time, participants (人次), how many named people served; the figures are sums of these rows
CREATE TABLE service_record (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scene_id          BIGINT        NOT NULL,
    town_id           BIGINT        NOT NULL,
    held_on           DATE          NOT NULL,
    starts_at         TIME          NOT NULL,
    ends_at           TIME          NOT NULL,
    participants      INT           NOT NULL,
    over_capacity     VARCHAR(200)  NULL,
    servers           INT           NOT NULL DEFAULT 0,
    note              VARCHAR(500)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_record_scene FOREIGN KEY (scene_id) REFERENCES scene (id),
    CONSTRAINT fk_service_record_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT ck_service_record_numbers CHECK (participants > 0 AND servers >= 0 AND ends_at > starts_at),
    INDEX ix_service_record_scene (scene_id, held_on, id),
    INDEX ix_service_record_town (town_id, held_on, id),
    INDEX ix_service_record_date (held_on, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE service_record;

--changeset haitang:020-service-record-person
--comment: The named volunteers and in-service members (from those reported to the area) who served at a session
CREATE TABLE service_record_person (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_id   BIGINT  NOT NULL,
    report_id   BIGINT  NOT NULL,
    version     BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_record_person_record FOREIGN KEY (record_id) REFERENCES service_record (id),
    CONSTRAINT fk_service_record_person_report FOREIGN KEY (report_id) REFERENCES grid_report (id),
    CONSTRAINT uk_service_record_person UNIQUE (record_id, report_id),
    INDEX ix_service_record_person_report (report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE service_record_person;

--changeset haitang:020-circle-photo
--comment: Photos of a scene (record_id NULL) or of one of its sessions, kept in the database
CREATE TABLE circle_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scene_id      BIGINT        NOT NULL,
    record_id     BIGINT        NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_circle_photo_scene FOREIGN KEY (scene_id) REFERENCES scene (id),
    CONSTRAINT fk_circle_photo_record FOREIGN KEY (record_id) REFERENCES service_record (id),
    CONSTRAINT ck_circle_photo_size CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    INDEX ix_circle_photo_scene (scene_id, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE circle_photo;

--changeset haitang:020-scene-month-tally
--comment: Per scene and month: sessions held, person-times (人次) and volunteer minutes, kept by the triggers below in the same statement as every write to service_record (forms, imports, bulk demo data), so the city's figures read a few thousand rows instead of every session
CREATE TABLE scene_month_tally (
    scene_id           BIGINT  NOT NULL,
    month              DATE    NOT NULL,
    town_id            BIGINT  NOT NULL,
    sessions           INT     NOT NULL DEFAULT 0,
    person_times       BIGINT  NOT NULL DEFAULT 0,
    volunteer_minutes  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (scene_id, month),
    INDEX ix_scene_month_tally_month (month, town_id, person_times, volunteer_minutes, sessions)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE scene_month_tally;

--changeset haitang:020-scene-month-tally-insert splitStatements:false
CREATE TRIGGER tally_record_insert AFTER INSERT ON service_record FOR EACH ROW
BEGIN
    INSERT INTO scene_month_tally (scene_id, month, town_id, sessions, person_times, volunteer_minutes)
    VALUES (NEW.scene_id, DATE_FORMAT(NEW.held_on, '%Y-%m-01'), NEW.town_id, 1, NEW.participants,
            NEW.servers * TIMESTAMPDIFF(MINUTE, NEW.starts_at, NEW.ends_at))
    ON DUPLICATE KEY UPDATE sessions = sessions + 1, person_times = person_times + NEW.participants,
        volunteer_minutes = volunteer_minutes + NEW.servers * TIMESTAMPDIFF(MINUTE, NEW.starts_at, NEW.ends_at);
END;
--rollback DROP TRIGGER tally_record_insert;

--changeset haitang:020-scene-month-tally-update splitStatements:false
CREATE TRIGGER tally_record_update AFTER UPDATE ON service_record FOR EACH ROW
BEGIN
    UPDATE scene_month_tally SET sessions = sessions - 1, person_times = person_times - OLD.participants,
        volunteer_minutes = volunteer_minutes - OLD.servers * TIMESTAMPDIFF(MINUTE, OLD.starts_at, OLD.ends_at)
    WHERE scene_id = OLD.scene_id AND month = DATE_FORMAT(OLD.held_on, '%Y-%m-01');
    INSERT INTO scene_month_tally (scene_id, month, town_id, sessions, person_times, volunteer_minutes)
    VALUES (NEW.scene_id, DATE_FORMAT(NEW.held_on, '%Y-%m-01'), NEW.town_id, 1, NEW.participants,
            NEW.servers * TIMESTAMPDIFF(MINUTE, NEW.starts_at, NEW.ends_at))
    ON DUPLICATE KEY UPDATE sessions = sessions + 1, person_times = person_times + NEW.participants,
        volunteer_minutes = volunteer_minutes + NEW.servers * TIMESTAMPDIFF(MINUTE, NEW.starts_at, NEW.ends_at);
END;
--rollback DROP TRIGGER tally_record_update;

--changeset haitang:020-scene-month-tally-delete splitStatements:false
CREATE TRIGGER tally_record_delete AFTER DELETE ON service_record FOR EACH ROW
BEGIN
    UPDATE scene_month_tally SET sessions = sessions - 1, person_times = person_times - OLD.participants,
        volunteer_minutes = volunteer_minutes - OLD.servers * TIMESTAMPDIFF(MINUTE, OLD.starts_at, OLD.ends_at)
    WHERE scene_id = OLD.scene_id AND month = DATE_FORMAT(OLD.held_on, '%Y-%m-01');
END;
--rollback DROP TRIGGER tally_record_delete;
