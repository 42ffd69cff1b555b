--liquibase formatted sql

--changeset haitang:022-scene-coverage-index
--comment: The coverage list aggregates running scenes once per community (service items = distinct types, and the target groups served) instead of a correlated scan of every scene per community; this index answers that aggregate alone
CREATE INDEX ix_scene_coverage ON scene (state, community_id, type_id, for_elderly, for_children, for_special);
--rollback DROP INDEX ix_scene_coverage ON scene;

--changeset haitang:022-scene-position-reach-index
--comment: The scene types a community reaches at positions lent by its paired institutions: running scenes by position, with their type, from the index alone
CREATE INDEX ix_scene_position_reach ON scene (position_id, state, type_id);
--rollback DROP INDEX ix_scene_position_reach ON scene;
