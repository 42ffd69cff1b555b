--liquibase formatted sql

--changeset haitang:032-fund-movement-scene
--comment: A grant may go to a happiness scene of the service circle instead of a contest project; the scene's page lists the grants it received (by this index), and a grant names a project or a scene, never both
ALTER TABLE fund_movement ADD COLUMN scene_id BIGINT NULL AFTER project_id,
    ADD CONSTRAINT fk_fund_movement_scene FOREIGN KEY (scene_id) REFERENCES scene (id),
    ADD CONSTRAINT ck_fund_movement_grantee CHECK (project_id IS NULL OR scene_id IS NULL),
    ADD INDEX ix_fund_movement_scene (scene_id, status, moved_on);
--rollback ALTER TABLE fund_movement DROP FOREIGN KEY fk_fund_movement_scene, DROP CONSTRAINT ck_fund_movement_grantee, DROP INDEX ix_fund_movement_scene, DROP COLUMN scene_id;
