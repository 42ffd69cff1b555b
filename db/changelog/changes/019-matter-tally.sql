--liquibase formatted sql

--changeset haitang:019-matter-tally
--comment: The matters by town, state, whether published, and days from publication to closing, kept current by the triggers below in the same statement as each write (forms, steps, imports, bulk demo data). Every home page shows the matters published, resolved and still open and the median days to close; counted over the matters themselves that was two scans of 15,251 index entries at 10x volume (about 7 ms for the city), from this table a few hundred rows. No foreign key: a row of zeros stays when its matters go.
CREATE TABLE matter_tally (
    town_id     BIGINT      NOT NULL,
    state       VARCHAR(16) NOT NULL,
    published   BOOLEAN     NOT NULL,
    -- closed: published and closed, close_days = DATEDIFF(closed_on, published_on); otherwise 0 and 0
    closed      BOOLEAN     NOT NULL,
    close_days  INT         NOT NULL,
    matters     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (town_id, state, published, closed, close_days)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO matter_tally (town_id, state, published, closed, close_days, matters)
SELECT m.town_id, m.state, m.published_on IS NOT NULL,
       m.published_on IS NOT NULL AND m.closed_on IS NOT NULL,
       COALESCE(DATEDIFF(m.closed_on, m.published_on), 0), COUNT(*)
FROM matter m
GROUP BY m.town_id, m.state, m.published_on IS NOT NULL, m.published_on IS NOT NULL AND m.closed_on IS NOT NULL,
         COALESCE(DATEDIFF(m.closed_on, m.published_on), 0);
--rollback DROP TABLE matter_tally;

--changeset haitang:019-matter-tally-insert splitStatements:false
CREATE TRIGGER tally_matter_insert AFTER INSERT ON matter FOR EACH ROW
BEGIN
    INSERT INTO matter_tally (town_id, state, published, closed, close_days, matters)
    VALUES (NEW.town_id, NEW.state, NEW.published_on IS NOT NULL,
            NEW.published_on IS NOT NULL AND NEW.closed_on IS NOT NULL,
            COALESCE(DATEDIFF(NEW.closed_on, NEW.published_on), 0), 1)
    ON DUPLICATE KEY UPDATE matters = matters + 1;
END;
--rollback DROP TRIGGER tally_matter_insert;

--changeset haitang:019-matter-tally-update splitStatements:false
CREATE TRIGGER tally_matter_update AFTER UPDATE ON matter FOR EACH ROW
BEGIN
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.state <=> NEW.state AND OLD.published_on <=> NEW.published_on
            AND OLD.closed_on <=> NEW.closed_on) THEN
        UPDATE matter_tally SET matters = matters - 1
        WHERE town_id = OLD.town_id AND state = OLD.state AND published = (OLD.published_on IS NOT NULL)
          AND closed = (OLD.published_on IS NOT NULL AND OLD.closed_on IS NOT NULL)
          AND close_days = COALESCE(DATEDIFF(OLD.closed_on, OLD.published_on), 0);
        INSERT INTO matter_tally (town_id, state, published, closed, close_days, matters)
        VALUES (NEW.town_id, NEW.state, NEW.published_on IS NOT NULL,
                NEW.published_on IS NOT NULL AND NEW.closed_on IS NOT NULL,
                COALESCE(DATEDIFF(NEW.closed_on, NEW.published_on), 0), 1)
        ON DUPLICATE KEY UPDATE matters = matters + 1;
    END IF;
END;
--rollback DROP TRIGGER tally_matter_update;

--changeset haitang:019-matter-tally-delete splitStatements:false
CREATE TRIGGER tally_matter_delete AFTER DELETE ON matter FOR EACH ROW
BEGIN
    UPDATE matter_tally SET matters = matters - 1
    WHERE town_id = OLD.town_id AND state = OLD.state AND published = (OLD.published_on IS NOT NULL)
      AND closed = (OLD.published_on IS NOT NULL AND OLD.closed_on IS NOT NULL)
      AND close_days = COALESCE(DATEDIFF(OLD.closed_on, OLD.published_on), 0);
END;
--rollback DROP TRIGGER tally_matter_delete;
