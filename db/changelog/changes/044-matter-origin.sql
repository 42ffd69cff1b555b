--liquibase formatted sql

--changeset haitang:044-matter-origin
--comment: Where a matter on the board came from, as another feature describes it (kind + id + label, e.g. a topic of a 逢五说事 session); the board does not know those features, the kind resolves to a link through them
ALTER TABLE matter
    ADD COLUMN origin_kind  VARCHAR(32)   NULL,
    ADD COLUMN origin_id    BIGINT        NULL,
    ADD COLUMN origin_label VARCHAR(200)  NULL,
    ADD CONSTRAINT ck_matter_origin CHECK ((origin_kind IS NULL) = (origin_id IS NULL)
        AND (origin_kind IS NULL) = (origin_label IS NULL)),
    ADD INDEX ix_matter_origin (origin_kind, origin_id);
--rollback ALTER TABLE matter DROP CONSTRAINT ck_matter_origin, DROP INDEX ix_matter_origin, DROP COLUMN origin_label, DROP COLUMN origin_id, DROP COLUMN origin_kind;

--changeset haitang:044-matter-origin-from-topics
--comment: Matters already sent to the board from a deliberation topic get that topic as their origin
UPDATE matter m
JOIN delib_topic tp ON tp.matter_id = m.id
JOIN delib_session s ON s.id = tp.session_id
JOIN delib_platform p ON p.id = s.platform_id
SET m.origin_kind = 'DELIB_TOPIC', m.origin_id = tp.id,
    m.origin_label = LEFT(CONCAT(p.name, ' ', DATE_FORMAT(s.held_on, '%Y-%m-%d'), ' · 议题「', tp.title, '」'), 200);
--rollback UPDATE matter SET origin_kind = NULL, origin_id = NULL, origin_label = NULL WHERE origin_kind = 'DELIB_TOPIC';
