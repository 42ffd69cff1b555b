--liquibase formatted sql

--changeset haitang:041-compound-ownership
--comment: The compound's total exclusive area (专有部分总面积) and owner count (业主总数) become fields of the compound itself, kept with the other compound data and imported with it; art. 278 votes read them from here
ALTER TABLE compound
    ADD COLUMN exclusive_area DECIMAL(14,2) NULL,
    ADD COLUMN owner_count    INT           NULL,
    ADD CONSTRAINT ck_compound_ownership CHECK ((exclusive_area IS NULL OR exclusive_area > 0)
        AND (owner_count IS NULL OR owner_count > 0)
        AND ((exclusive_area IS NULL) = (owner_count IS NULL)));
--rollback ALTER TABLE compound DROP CONSTRAINT ck_compound_ownership, DROP COLUMN owner_count, DROP COLUMN exclusive_area;

--changeset haitang:041-compound-ownership-migrate
--comment: Carries the figures the deliberation feature kept in delib_ownership over to their compounds; the version moves so an edit opened before the move is refused, not overwritten
UPDATE compound c JOIN delib_ownership o ON o.compound_id = c.id
SET c.exclusive_area = o.total_area, c.owner_count = o.owner_count, c.version = c.version + 1;
--rollback UPDATE compound SET exclusive_area = NULL, owner_count = NULL;

--changeset haitang:041-drop-delib-ownership
--comment: delib_ownership is superseded by the compound's own fields (one place for a compound's data)
DROP TABLE delib_ownership;
--rollback CREATE TABLE delib_ownership (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, compound_id BIGINT NOT NULL, town_id BIGINT NOT NULL, total_area DECIMAL(14,2) NOT NULL, owner_count INT NOT NULL, version BIGINT NOT NULL DEFAULT 0, CONSTRAINT uk_delib_ownership_compound UNIQUE (compound_id)); INSERT INTO delib_ownership (compound_id, town_id, total_area, owner_count) SELECT id, town_id, exclusive_area, owner_count FROM compound WHERE exclusive_area IS NOT NULL;
