--liquibase formatted sql

--changeset haitang:021-scene-order-index
--comment: The scene list's default order (town, community, id) read from this index, so a page's ids are its first 50 entries instead of a sort of every scene joined to its type
CREATE INDEX ix_scene_order ON scene (town_id, community_id, id);
--rollback DROP INDEX ix_scene_order ON scene;

--changeset haitang:021-scene-figures-index
--comment: The service figures count scenes by state and target group per community for the city or one town; this index answers them alone instead of reading every wide scene row
CREATE INDEX ix_scene_figures ON scene (town_id, state, for_elderly, for_children, for_special, community_id);
--rollback DROP INDEX ix_scene_figures ON scene;
