--liquibase formatted sql

--changeset haitang:043-delib-platform-position
--comment: A platform's venue is a service position of its community (服务阵地, the circle feature) or an address; exactly one of the two
ALTER TABLE delib_platform
    ADD COLUMN position_id BIGINT NULL AFTER compound_id,
    MODIFY COLUMN venue VARCHAR(200) NULL,
    ADD CONSTRAINT fk_delib_platform_position FOREIGN KEY (position_id) REFERENCES service_position (id),
    ADD CONSTRAINT ck_delib_platform_venue CHECK ((position_id IS NULL) <> (venue IS NULL)),
    ADD INDEX ix_delib_platform_position (position_id);
--rollback ALTER TABLE delib_platform DROP CONSTRAINT ck_delib_platform_venue, DROP FOREIGN KEY fk_delib_platform_position, DROP INDEX ix_delib_platform_position, DROP COLUMN position_id, MODIFY COLUMN venue VARCHAR(200) NOT NULL;
