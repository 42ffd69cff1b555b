--liquibase formatted sql

--changeset haitang:014-committee-tally
--comment: Per community, the compounds required to form an owners' or property management committee and how many of them have one: the committee formation rate on every home page, in the coverage figures and their snapshots. Kept current by the triggers below on compound and compound_committee, in the same statement as each write (forms, imports, moves, bulk demo data); counted by joining every compound to its committee it took about 4 ms for the city at 10x volume, from here a row per community. No foreign key: a community that loses its compounds keeps a row of zeros.
CREATE TABLE committee_tally (
    community_id  BIGINT  NOT NULL PRIMARY KEY,
    town_id       BIGINT  NOT NULL,
    -- compounds in the community: tells one whose compounds are all exempt (listed, 0 of 0) from one left empty
    compounds     INT     NOT NULL DEFAULT 0,
    required      INT     NOT NULL DEFAULT 0,
    formed        INT     NOT NULL DEFAULT 0,
    INDEX ix_committee_tally_town (town_id, community_id, compounds, required, formed)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO committee_tally (community_id, town_id, compounds, required, formed)
SELECT c.community_id, MIN(c.town_id), COUNT(*), COALESCE(SUM(c.committee_required), 0), COUNT(x.compound_id)
FROM compound c LEFT JOIN compound_committee x ON x.compound_id = c.id AND c.committee_required
GROUP BY c.community_id;
--rollback DROP TABLE committee_tally;

--changeset haitang:014-committee-tally-compound-insert splitStatements:false
CREATE TRIGGER committee_tally_compound_insert AFTER INSERT ON compound FOR EACH ROW
INSERT INTO committee_tally (community_id, town_id, compounds, required, formed)
VALUES (NEW.community_id, NEW.town_id, 1, NEW.committee_required, 0)
ON DUPLICATE KEY UPDATE town_id = NEW.town_id, compounds = compounds + 1, required = required + NEW.committee_required;
--rollback DROP TRIGGER committee_tally_compound_insert;

--changeset haitang:014-committee-tally-compound-update splitStatements:false
CREATE TRIGGER committee_tally_compound_update AFTER UPDATE ON compound FOR EACH ROW
BEGIN
    DECLARE has_committee BOOLEAN;
    IF NOT (OLD.community_id <=> NEW.community_id AND OLD.town_id <=> NEW.town_id
            AND OLD.committee_required <=> NEW.committee_required) THEN
        SET has_committee = EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = NEW.id);
        UPDATE committee_tally SET compounds = compounds - 1, required = required - OLD.committee_required,
                                   formed = formed - (OLD.committee_required AND has_committee)
        WHERE community_id = OLD.community_id;
        INSERT INTO committee_tally (community_id, town_id, compounds, required, formed)
        VALUES (NEW.community_id, NEW.town_id, 1, NEW.committee_required, NEW.committee_required AND has_committee)
        ON DUPLICATE KEY UPDATE town_id = NEW.town_id, compounds = compounds + 1, required = required + NEW.committee_required,
                                formed = formed + (NEW.committee_required AND has_committee);
    END IF;
END;
--rollback DROP TRIGGER committee_tally_compound_update;

--changeset haitang:014-committee-tally-compound-delete splitStatements:false
CREATE TRIGGER committee_tally_compound_delete AFTER DELETE ON compound FOR EACH ROW
UPDATE committee_tally SET compounds = compounds - 1, required = required - OLD.committee_required
WHERE community_id = OLD.community_id;
--rollback DROP TRIGGER committee_tally_compound_delete;

--changeset haitang:014-committee-tally-committee-insert splitStatements:false
CREATE TRIGGER committee_tally_committee_insert AFTER INSERT ON compound_committee FOR EACH ROW
UPDATE committee_tally t JOIN compound c ON c.community_id = t.community_id
SET t.formed = t.formed + c.committee_required
WHERE c.id = NEW.compound_id;
--rollback DROP TRIGGER committee_tally_committee_insert;

--changeset haitang:014-committee-tally-committee-update splitStatements:false
CREATE TRIGGER committee_tally_committee_update AFTER UPDATE ON compound_committee FOR EACH ROW
BEGIN
    IF OLD.compound_id <> NEW.compound_id THEN
        UPDATE committee_tally t JOIN compound c ON c.community_id = t.community_id
        SET t.formed = t.formed - c.committee_required
        WHERE c.id = OLD.compound_id;
        UPDATE committee_tally t JOIN compound c ON c.community_id = t.community_id
        SET t.formed = t.formed + c.committee_required
        WHERE c.id = NEW.compound_id;
    END IF;
END;
--rollback DROP TRIGGER committee_tally_committee_update;

--changeset haitang:014-committee-tally-committee-delete splitStatements:false
CREATE TRIGGER committee_tally_committee_delete AFTER DELETE ON compound_committee FOR EACH ROW
UPDATE committee_tally t JOIN compound c ON c.community_id = t.community_id
SET t.formed = t.formed - c.committee_required
WHERE c.id = OLD.compound_id;
--rollback DROP TRIGGER committee_tally_committee_delete;
