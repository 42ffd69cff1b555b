--liquibase formatted sql

--changeset haitang:008-report-tally
--comment: Per compound, the in-service members and volunteers actively reported to its micro-grids. Kept current by the triggers below in the same statement as the write (forms, moves, withdrawals, imports, bulk demo data), so the figures by town, community or compound read one row per compound instead of scanning every report. No foreign key: a compound that loses all its reports keeps a row of zeros, and must still be deletable.
CREATE TABLE report_tally (
    compound_id   BIGINT  NOT NULL PRIMARY KEY,
    town_id       BIGINT  NOT NULL,
    community_id  BIGINT  NOT NULL,
    members       INT     NOT NULL DEFAULT 0,
    volunteers    INT     NOT NULL DEFAULT 0,
    INDEX ix_report_tally_area (town_id, community_id, members, volunteers)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO report_tally (compound_id, town_id, community_id, members, volunteers)
SELECT r.compound_id, MIN(r.town_id), MIN(r.community_id), SUM(r.kind = 'MEMBER'), SUM(r.kind = 'VOLUNTEER')
FROM grid_report r WHERE r.status = 'ACTIVE' GROUP BY r.compound_id;
--rollback DROP TABLE report_tally;

--changeset haitang:008-report-tally-insert splitStatements:false
CREATE TRIGGER tally_report_insert AFTER INSERT ON grid_report FOR EACH ROW
BEGIN
    IF NEW.status = 'ACTIVE' THEN
        INSERT INTO report_tally (compound_id, town_id, community_id, members, volunteers)
        VALUES (NEW.compound_id, NEW.town_id, NEW.community_id, NEW.kind = 'MEMBER', NEW.kind = 'VOLUNTEER')
        ON DUPLICATE KEY UPDATE members = members + (NEW.kind = 'MEMBER'), volunteers = volunteers + (NEW.kind = 'VOLUNTEER');
    END IF;
END;
--rollback DROP TRIGGER tally_report_insert;

--changeset haitang:008-report-tally-update splitStatements:false
CREATE TRIGGER tally_report_update AFTER UPDATE ON grid_report FOR EACH ROW
BEGIN
    IF OLD.status = 'ACTIVE' THEN
        UPDATE report_tally SET members = members - (OLD.kind = 'MEMBER'), volunteers = volunteers - (OLD.kind = 'VOLUNTEER')
        WHERE compound_id = OLD.compound_id;
    END IF;
    IF NEW.status = 'ACTIVE' THEN
        INSERT INTO report_tally (compound_id, town_id, community_id, members, volunteers)
        VALUES (NEW.compound_id, NEW.town_id, NEW.community_id, NEW.kind = 'MEMBER', NEW.kind = 'VOLUNTEER')
        ON DUPLICATE KEY UPDATE members = members + (NEW.kind = 'MEMBER'), volunteers = volunteers + (NEW.kind = 'VOLUNTEER');
    END IF;
END;
--rollback DROP TRIGGER tally_report_update;

--changeset haitang:008-report-tally-delete splitStatements:false
CREATE TRIGGER tally_report_delete AFTER DELETE ON grid_report FOR EACH ROW
BEGIN
    IF OLD.status = 'ACTIVE' THEN
        UPDATE report_tally SET members = members - (OLD.kind = 'MEMBER'), volunteers = volunteers - (OLD.kind = 'VOLUNTEER')
        WHERE compound_id = OLD.compound_id;
    END IF;
END;
--rollback DROP TRIGGER tally_report_delete;
