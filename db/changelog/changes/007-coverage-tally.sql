--liquibase formatted sql

--changeset haitang:007-coverage-tally
--comment: Per compound, the counts the coverage rates are made of. Kept current by the triggers below, in the same statement as the write, whatever writes (forms, imports, bulk demo data), so the city's figures read one row per compound instead of scanning every branch, grid, group and household.
CREATE TABLE coverage_tally (
    compound_id          BIGINT  NOT NULL PRIMARY KEY,
    town_id              BIGINT  NOT NULL,
    community_id         BIGINT  NOT NULL,
    entity_branches      INT     NOT NULL DEFAULT 0,
    functional_branches  INT     NOT NULL DEFAULT 0,
    micro_grids          INT     NOT NULL DEFAULT 0,
    grid_groups          INT     NOT NULL DEFAULT 0,
    central_households   INT     NOT NULL DEFAULT 0,
    linked_households    BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_coverage_tally_compound FOREIGN KEY (compound_id) REFERENCES compound (id),
    INDEX ix_coverage_tally_area (town_id, community_id, entity_branches, functional_branches, micro_grids, grid_groups,
                                  central_households, linked_households)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO coverage_tally (compound_id, town_id, community_id, entity_branches, functional_branches, micro_grids,
                            grid_groups, central_households, linked_households)
SELECT cp.id, cp.town_id, cp.community_id,
       (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'ENTITY'),
       (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'FUNCTIONAL'),
       (SELECT COUNT(*) FROM micro_grid m WHERE m.compound_id = cp.id),
       (SELECT COUNT(*) FROM grid_group g WHERE g.compound_id = cp.id),
       (SELECT COUNT(*) FROM central_household h WHERE h.compound_id = cp.id),
       (SELECT COALESCE(SUM(h.linked_households), 0) FROM central_household h WHERE h.compound_id = cp.id)
FROM compound cp;
--rollback DROP TABLE coverage_tally;

--changeset haitang:007-coverage-tally-compound-insert splitStatements:false
CREATE TRIGGER tally_compound_insert AFTER INSERT ON compound FOR EACH ROW
INSERT INTO coverage_tally (compound_id, town_id, community_id) VALUES (NEW.id, NEW.town_id, NEW.community_id);
--rollback DROP TRIGGER tally_compound_insert;

--changeset haitang:007-coverage-tally-compound-update splitStatements:false
CREATE TRIGGER tally_compound_update AFTER UPDATE ON compound FOR EACH ROW
UPDATE coverage_tally SET town_id = NEW.town_id, community_id = NEW.community_id
WHERE compound_id = NEW.id AND (town_id <> NEW.town_id OR community_id <> NEW.community_id);
--rollback DROP TRIGGER tally_compound_update;

--changeset haitang:007-coverage-tally-compound-delete splitStatements:false
CREATE TRIGGER tally_compound_delete BEFORE DELETE ON compound FOR EACH ROW
DELETE FROM coverage_tally WHERE compound_id = OLD.id;
--rollback DROP TRIGGER tally_compound_delete;

--changeset haitang:007-coverage-tally-branch-insert splitStatements:false
CREATE TRIGGER tally_branch_insert AFTER INSERT ON party_branch FOR EACH ROW
UPDATE coverage_tally SET entity_branches = entity_branches + (NEW.branch_type = 'ENTITY'),
                          functional_branches = functional_branches + (NEW.branch_type = 'FUNCTIONAL')
WHERE compound_id = NEW.compound_id;
--rollback DROP TRIGGER tally_branch_insert;

--changeset haitang:007-coverage-tally-branch-update splitStatements:false
CREATE TRIGGER tally_branch_update AFTER UPDATE ON party_branch FOR EACH ROW
BEGIN
    UPDATE coverage_tally SET entity_branches = entity_branches - (OLD.branch_type = 'ENTITY'),
                              functional_branches = functional_branches - (OLD.branch_type = 'FUNCTIONAL')
    WHERE compound_id = OLD.compound_id;
    UPDATE coverage_tally SET entity_branches = entity_branches + (NEW.branch_type = 'ENTITY'),
                              functional_branches = functional_branches + (NEW.branch_type = 'FUNCTIONAL')
    WHERE compound_id = NEW.compound_id;
END;
--rollback DROP TRIGGER tally_branch_update;

--changeset haitang:007-coverage-tally-branch-delete splitStatements:false
CREATE TRIGGER tally_branch_delete AFTER DELETE ON party_branch FOR EACH ROW
UPDATE coverage_tally SET entity_branches = entity_branches - (OLD.branch_type = 'ENTITY'),
                          functional_branches = functional_branches - (OLD.branch_type = 'FUNCTIONAL')
WHERE compound_id = OLD.compound_id;
--rollback DROP TRIGGER tally_branch_delete;

--changeset haitang:007-coverage-tally-grid-insert splitStatements:false
CREATE TRIGGER tally_grid_insert AFTER INSERT ON micro_grid FOR EACH ROW
UPDATE coverage_tally SET micro_grids = micro_grids + 1 WHERE compound_id = NEW.compound_id;
--rollback DROP TRIGGER tally_grid_insert;

--changeset haitang:007-coverage-tally-grid-update splitStatements:false
CREATE TRIGGER tally_grid_update AFTER UPDATE ON micro_grid FOR EACH ROW
BEGIN
    IF OLD.compound_id <> NEW.compound_id THEN
        UPDATE coverage_tally SET micro_grids = micro_grids - 1 WHERE compound_id = OLD.compound_id;
        UPDATE coverage_tally SET micro_grids = micro_grids + 1 WHERE compound_id = NEW.compound_id;
    END IF;
END;
--rollback DROP TRIGGER tally_grid_update;

--changeset haitang:007-coverage-tally-grid-delete splitStatements:false
CREATE TRIGGER tally_grid_delete AFTER DELETE ON micro_grid FOR EACH ROW
UPDATE coverage_tally SET micro_grids = micro_grids - 1 WHERE compound_id = OLD.compound_id;
--rollback DROP TRIGGER tally_grid_delete;

--changeset haitang:007-coverage-tally-group-insert splitStatements:false
CREATE TRIGGER tally_group_insert AFTER INSERT ON grid_group FOR EACH ROW
UPDATE coverage_tally SET grid_groups = grid_groups + 1 WHERE compound_id = NEW.compound_id;
--rollback DROP TRIGGER tally_group_insert;

--changeset haitang:007-coverage-tally-group-update splitStatements:false
CREATE TRIGGER tally_group_update AFTER UPDATE ON grid_group FOR EACH ROW
BEGIN
    IF OLD.compound_id <> NEW.compound_id THEN
        UPDATE coverage_tally SET grid_groups = grid_groups - 1 WHERE compound_id = OLD.compound_id;
        UPDATE coverage_tally SET grid_groups = grid_groups + 1 WHERE compound_id = NEW.compound_id;
    END IF;
END;
--rollback DROP TRIGGER tally_group_update;

--changeset haitang:007-coverage-tally-group-delete splitStatements:false
CREATE TRIGGER tally_group_delete AFTER DELETE ON grid_group FOR EACH ROW
UPDATE coverage_tally SET grid_groups = grid_groups - 1 WHERE compound_id = OLD.compound_id;
--rollback DROP TRIGGER tally_group_delete;

--changeset haitang:007-coverage-tally-household-insert splitStatements:false
CREATE TRIGGER tally_household_insert AFTER INSERT ON central_household FOR EACH ROW
UPDATE coverage_tally SET central_households = central_households + 1,
                          linked_households = linked_households + NEW.linked_households
WHERE compound_id = NEW.compound_id;
--rollback DROP TRIGGER tally_household_insert;

--changeset haitang:007-coverage-tally-household-update splitStatements:false
CREATE TRIGGER tally_household_update AFTER UPDATE ON central_household FOR EACH ROW
BEGIN
    IF OLD.compound_id <> NEW.compound_id OR OLD.linked_households <> NEW.linked_households THEN
        UPDATE coverage_tally SET central_households = central_households - 1,
                                  linked_households = linked_households - OLD.linked_households
        WHERE compound_id = OLD.compound_id;
        UPDATE coverage_tally SET central_households = central_households + 1,
                                  linked_households = linked_households + NEW.linked_households
        WHERE compound_id = NEW.compound_id;
    END IF;
END;
--rollback DROP TRIGGER tally_household_update;

--changeset haitang:007-coverage-tally-household-delete splitStatements:false
CREATE TRIGGER tally_household_delete AFTER DELETE ON central_household FOR EACH ROW
UPDATE coverage_tally SET central_households = central_households - 1,
                          linked_households = linked_households - OLD.linked_households
WHERE compound_id = OLD.compound_id;
--rollback DROP TRIGGER tally_household_delete;
