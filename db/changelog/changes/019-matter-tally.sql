--liquibase formatted sql

--changeset haitang:019-matter-tally
--comment: The matters by town, state, and whether published, claimed and ever reopened; and the days from publication to claim and to closing as histograms. Kept current by the triggers below in the same statement as each write (forms, steps, imports, bulk demo data). The home page and the matters board show these counts and the medians on every opening; counted over the matters themselves that was up to four scans of 15,251 index entries at 10x volume (about 7 ms for the city on the home page, 13 ms on the board), from these tables a few hundred rows. No foreign keys: rows of zeros stay when their matters go.
CREATE TABLE matter_tally (
    town_id    BIGINT      NOT NULL,
    state      VARCHAR(16) NOT NULL,
    published  BOOLEAN     NOT NULL,
    claimed    BOOLEAN     NOT NULL,
    reopened   BOOLEAN     NOT NULL,
    matters    INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (town_id, state, published, claimed, reopened)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO matter_tally (town_id, state, published, claimed, reopened, matters)
SELECT m.town_id, m.state, m.published_on IS NOT NULL, m.claimed_on IS NOT NULL, m.reopen_count > 0, COUNT(*)
FROM matter m
GROUP BY m.town_id, m.state, m.published_on IS NOT NULL, m.claimed_on IS NOT NULL, m.reopen_count > 0;
--rollback DROP TABLE matter_tally;

--changeset haitang:019-matter-day-tally
--comment: Per town, how many matters took each number of days from publication to claim (span CLAIM) and to closing (span CLOSE), counting matters that have both dates: the histograms the medians are taken from (DayMedians).
CREATE TABLE matter_day_tally (
    town_id  BIGINT      NOT NULL,
    span     VARCHAR(8)  NOT NULL,
    days     INT         NOT NULL,
    matters  INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (town_id, span, days),
    CONSTRAINT ck_matter_day_tally_span CHECK (span IN ('CLAIM', 'CLOSE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO matter_day_tally (town_id, span, days, matters)
SELECT m.town_id, 'CLAIM', DATEDIFF(m.claimed_on, m.published_on), COUNT(*) FROM matter m
WHERE m.claimed_on IS NOT NULL AND m.published_on IS NOT NULL GROUP BY m.town_id, DATEDIFF(m.claimed_on, m.published_on);
INSERT INTO matter_day_tally (town_id, span, days, matters)
SELECT m.town_id, 'CLOSE', DATEDIFF(m.closed_on, m.published_on), COUNT(*) FROM matter m
WHERE m.closed_on IS NOT NULL AND m.published_on IS NOT NULL GROUP BY m.town_id, DATEDIFF(m.closed_on, m.published_on);
--rollback DROP TABLE matter_day_tally;

--changeset haitang:019-matter-tally-insert splitStatements:false
CREATE TRIGGER tally_matter_insert AFTER INSERT ON matter FOR EACH ROW
BEGIN
    INSERT INTO matter_tally (town_id, state, published, claimed, reopened, matters)
    VALUES (NEW.town_id, NEW.state, NEW.published_on IS NOT NULL, NEW.claimed_on IS NOT NULL, NEW.reopen_count > 0, 1)
    ON DUPLICATE KEY UPDATE matters = matters + 1;
    IF NEW.published_on IS NOT NULL AND NEW.claimed_on IS NOT NULL THEN
        INSERT INTO matter_day_tally (town_id, span, days, matters)
        VALUES (NEW.town_id, 'CLAIM', DATEDIFF(NEW.claimed_on, NEW.published_on), 1)
        ON DUPLICATE KEY UPDATE matters = matters + 1;
    END IF;
    IF NEW.published_on IS NOT NULL AND NEW.closed_on IS NOT NULL THEN
        INSERT INTO matter_day_tally (town_id, span, days, matters)
        VALUES (NEW.town_id, 'CLOSE', DATEDIFF(NEW.closed_on, NEW.published_on), 1)
        ON DUPLICATE KEY UPDATE matters = matters + 1;
    END IF;
END;
--rollback DROP TRIGGER tally_matter_insert;

--changeset haitang:019-matter-tally-update splitStatements:false
CREATE TRIGGER tally_matter_update AFTER UPDATE ON matter FOR EACH ROW
BEGIN
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.state <=> NEW.state AND OLD.published_on <=> NEW.published_on
            AND OLD.claimed_on <=> NEW.claimed_on AND (OLD.reopen_count > 0) <=> (NEW.reopen_count > 0)) THEN
        UPDATE matter_tally SET matters = matters - 1
        WHERE town_id = OLD.town_id AND state = OLD.state AND published = (OLD.published_on IS NOT NULL)
          AND claimed = (OLD.claimed_on IS NOT NULL) AND reopened = (OLD.reopen_count > 0);
        INSERT INTO matter_tally (town_id, state, published, claimed, reopened, matters)
        VALUES (NEW.town_id, NEW.state, NEW.published_on IS NOT NULL, NEW.claimed_on IS NOT NULL, NEW.reopen_count > 0, 1)
        ON DUPLICATE KEY UPDATE matters = matters + 1;
    END IF;
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.published_on <=> NEW.published_on AND OLD.claimed_on <=> NEW.claimed_on) THEN
        IF OLD.published_on IS NOT NULL AND OLD.claimed_on IS NOT NULL THEN
            UPDATE matter_day_tally SET matters = matters - 1
            WHERE town_id = OLD.town_id AND span = 'CLAIM' AND days = DATEDIFF(OLD.claimed_on, OLD.published_on);
        END IF;
        IF NEW.published_on IS NOT NULL AND NEW.claimed_on IS NOT NULL THEN
            INSERT INTO matter_day_tally (town_id, span, days, matters)
            VALUES (NEW.town_id, 'CLAIM', DATEDIFF(NEW.claimed_on, NEW.published_on), 1)
            ON DUPLICATE KEY UPDATE matters = matters + 1;
        END IF;
    END IF;
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.published_on <=> NEW.published_on AND OLD.closed_on <=> NEW.closed_on) THEN
        IF OLD.published_on IS NOT NULL AND OLD.closed_on IS NOT NULL THEN
            UPDATE matter_day_tally SET matters = matters - 1
            WHERE town_id = OLD.town_id AND span = 'CLOSE' AND days = DATEDIFF(OLD.closed_on, OLD.published_on);
        END IF;
        IF NEW.published_on IS NOT NULL AND NEW.closed_on IS NOT NULL THEN
            INSERT INTO matter_day_tally (town_id, span, days, matters)
            VALUES (NEW.town_id, 'CLOSE', DATEDIFF(NEW.closed_on, NEW.published_on), 1)
            ON DUPLICATE KEY UPDATE matters = matters + 1;
        END IF;
    END IF;
END;
--rollback DROP TRIGGER tally_matter_update;

--changeset haitang:019-matter-tally-delete splitStatements:false
CREATE TRIGGER tally_matter_delete AFTER DELETE ON matter FOR EACH ROW
BEGIN
    UPDATE matter_tally SET matters = matters - 1
    WHERE town_id = OLD.town_id AND state = OLD.state AND published = (OLD.published_on IS NOT NULL)
      AND claimed = (OLD.claimed_on IS NOT NULL) AND reopened = (OLD.reopen_count > 0);
    IF OLD.published_on IS NOT NULL AND OLD.claimed_on IS NOT NULL THEN
        UPDATE matter_day_tally SET matters = matters - 1
        WHERE town_id = OLD.town_id AND span = 'CLAIM' AND days = DATEDIFF(OLD.claimed_on, OLD.published_on);
    END IF;
    IF OLD.published_on IS NOT NULL AND OLD.closed_on IS NOT NULL THEN
        UPDATE matter_day_tally SET matters = matters - 1
        WHERE town_id = OLD.town_id AND span = 'CLOSE' AND days = DATEDIFF(OLD.closed_on, OLD.published_on);
    END IF;
END;
--rollback DROP TRIGGER tally_matter_delete;
