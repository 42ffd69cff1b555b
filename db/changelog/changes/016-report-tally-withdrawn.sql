--liquibase formatted sql

--changeset haitang:016-report-tally-withdrawn
--comment: The per-compound tally also counts withdrawn reports, so the report list's row count for an area (any status, or active or withdrawn only) is a sum over compounds instead of a COUNT over 400,000 reports each time the list opens
ALTER TABLE report_tally
    ADD COLUMN withdrawn_members    INT NOT NULL DEFAULT 0,
    ADD COLUMN withdrawn_volunteers INT NOT NULL DEFAULT 0;
INSERT INTO report_tally (compound_id, town_id, community_id, withdrawn_members, withdrawn_volunteers)
SELECT r.compound_id, MIN(r.town_id), MIN(r.community_id), SUM(r.kind = 'MEMBER'), SUM(r.kind = 'VOLUNTEER')
FROM grid_report r WHERE r.status = 'WITHDRAWN' GROUP BY r.compound_id
ON DUPLICATE KEY UPDATE withdrawn_members = VALUES(withdrawn_members), withdrawn_volunteers = VALUES(withdrawn_volunteers);
--rollback ALTER TABLE report_tally DROP COLUMN withdrawn_members, DROP COLUMN withdrawn_volunteers;

--changeset haitang:016-report-tally-insert splitStatements:false
--comment: Every report counts on its compound's row: active ones as before, withdrawn ones in the new columns; the row takes the report's town and community (a compound moved to another community carries its row along)
CREATE OR REPLACE TRIGGER tally_report_insert AFTER INSERT ON grid_report FOR EACH ROW
BEGIN
    INSERT INTO report_tally (compound_id, town_id, community_id, members, volunteers, withdrawn_members, withdrawn_volunteers)
    VALUES (NEW.compound_id, NEW.town_id, NEW.community_id,
            NEW.status = 'ACTIVE' AND NEW.kind = 'MEMBER', NEW.status = 'ACTIVE' AND NEW.kind = 'VOLUNTEER',
            NEW.status = 'WITHDRAWN' AND NEW.kind = 'MEMBER', NEW.status = 'WITHDRAWN' AND NEW.kind = 'VOLUNTEER')
    ON DUPLICATE KEY UPDATE town_id = NEW.town_id, community_id = NEW.community_id,
        members = members + (NEW.status = 'ACTIVE' AND NEW.kind = 'MEMBER'),
        volunteers = volunteers + (NEW.status = 'ACTIVE' AND NEW.kind = 'VOLUNTEER'),
        withdrawn_members = withdrawn_members + (NEW.status = 'WITHDRAWN' AND NEW.kind = 'MEMBER'),
        withdrawn_volunteers = withdrawn_volunteers + (NEW.status = 'WITHDRAWN' AND NEW.kind = 'VOLUNTEER');
END;
--rollback DROP TRIGGER tally_report_insert;

--changeset haitang:016-report-tally-update splitStatements:false
CREATE OR REPLACE TRIGGER tally_report_update AFTER UPDATE ON grid_report FOR EACH ROW
BEGIN
    UPDATE report_tally SET members = members - (OLD.status = 'ACTIVE' AND OLD.kind = 'MEMBER'),
        volunteers = volunteers - (OLD.status = 'ACTIVE' AND OLD.kind = 'VOLUNTEER'),
        withdrawn_members = withdrawn_members - (OLD.status = 'WITHDRAWN' AND OLD.kind = 'MEMBER'),
        withdrawn_volunteers = withdrawn_volunteers - (OLD.status = 'WITHDRAWN' AND OLD.kind = 'VOLUNTEER')
    WHERE compound_id = OLD.compound_id;
    INSERT INTO report_tally (compound_id, town_id, community_id, members, volunteers, withdrawn_members, withdrawn_volunteers)
    VALUES (NEW.compound_id, NEW.town_id, NEW.community_id,
            NEW.status = 'ACTIVE' AND NEW.kind = 'MEMBER', NEW.status = 'ACTIVE' AND NEW.kind = 'VOLUNTEER',
            NEW.status = 'WITHDRAWN' AND NEW.kind = 'MEMBER', NEW.status = 'WITHDRAWN' AND NEW.kind = 'VOLUNTEER')
    ON DUPLICATE KEY UPDATE town_id = NEW.town_id, community_id = NEW.community_id,
        members = members + (NEW.status = 'ACTIVE' AND NEW.kind = 'MEMBER'),
        volunteers = volunteers + (NEW.status = 'ACTIVE' AND NEW.kind = 'VOLUNTEER'),
        withdrawn_members = withdrawn_members + (NEW.status = 'WITHDRAWN' AND NEW.kind = 'MEMBER'),
        withdrawn_volunteers = withdrawn_volunteers + (NEW.status = 'WITHDRAWN' AND NEW.kind = 'VOLUNTEER');
END;
--rollback DROP TRIGGER tally_report_update;

--changeset haitang:016-report-tally-delete splitStatements:false
CREATE OR REPLACE TRIGGER tally_report_delete AFTER DELETE ON grid_report FOR EACH ROW
BEGIN
    UPDATE report_tally SET members = members - (OLD.status = 'ACTIVE' AND OLD.kind = 'MEMBER'),
        volunteers = volunteers - (OLD.status = 'ACTIVE' AND OLD.kind = 'VOLUNTEER'),
        withdrawn_members = withdrawn_members - (OLD.status = 'WITHDRAWN' AND OLD.kind = 'MEMBER'),
        withdrawn_volunteers = withdrawn_volunteers - (OLD.status = 'WITHDRAWN' AND OLD.kind = 'VOLUNTEER')
    WHERE compound_id = OLD.compound_id;
END;
--rollback DROP TRIGGER tally_report_delete;
