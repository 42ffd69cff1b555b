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

--changeset haitang:019-matter-tally-procedures splitStatements:false
--comment: One place for how a matter counts: the triggers below add a matter's row as it is (+1) and take back its row as it was (-1)
CREATE PROCEDURE tally_matter(IN p_town BIGINT, IN p_state VARCHAR(16), IN p_published DATE, IN p_claimed DATE,
                              IN p_reopen_count INT, IN p_delta INT)
BEGIN
    INSERT INTO matter_tally (town_id, state, published, claimed, reopened, matters)
    VALUES (p_town, p_state, p_published IS NOT NULL, p_claimed IS NOT NULL, p_reopen_count > 0, p_delta)
    ON DUPLICATE KEY UPDATE matters = matters + p_delta;
END;
--rollback DROP PROCEDURE tally_matter;

--changeset haitang:019-matter-day-tally-procedure splitStatements:false
--comment: A matter counts in a span's histogram (CLAIM: published to claimed, CLOSE: published to closed) when it has both dates
CREATE PROCEDURE tally_matter_days(IN p_town BIGINT, IN p_span VARCHAR(8), IN p_published DATE, IN p_reached DATE,
                                   IN p_delta INT)
BEGIN
    IF p_published IS NOT NULL AND p_reached IS NOT NULL THEN
        INSERT INTO matter_day_tally (town_id, span, days, matters)
        VALUES (p_town, p_span, DATEDIFF(p_reached, p_published), p_delta)
        ON DUPLICATE KEY UPDATE matters = matters + p_delta;
    END IF;
END;
--rollback DROP PROCEDURE tally_matter_days;

--changeset haitang:019-matter-tally-insert splitStatements:false
CREATE TRIGGER tally_matter_insert AFTER INSERT ON matter FOR EACH ROW
BEGIN
    CALL tally_matter(NEW.town_id, NEW.state, NEW.published_on, NEW.claimed_on, NEW.reopen_count, 1);
    CALL tally_matter_days(NEW.town_id, 'CLAIM', NEW.published_on, NEW.claimed_on, 1);
    CALL tally_matter_days(NEW.town_id, 'CLOSE', NEW.published_on, NEW.closed_on, 1);
END;
--rollback DROP TRIGGER tally_matter_insert;

--changeset haitang:019-matter-tally-update splitStatements:false
CREATE TRIGGER tally_matter_update AFTER UPDATE ON matter FOR EACH ROW
BEGIN
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.state <=> NEW.state AND OLD.published_on <=> NEW.published_on
            AND OLD.claimed_on <=> NEW.claimed_on AND (OLD.reopen_count > 0) <=> (NEW.reopen_count > 0)) THEN
        CALL tally_matter(OLD.town_id, OLD.state, OLD.published_on, OLD.claimed_on, OLD.reopen_count, -1);
        CALL tally_matter(NEW.town_id, NEW.state, NEW.published_on, NEW.claimed_on, NEW.reopen_count, 1);
    END IF;
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.published_on <=> NEW.published_on AND OLD.claimed_on <=> NEW.claimed_on) THEN
        CALL tally_matter_days(OLD.town_id, 'CLAIM', OLD.published_on, OLD.claimed_on, -1);
        CALL tally_matter_days(NEW.town_id, 'CLAIM', NEW.published_on, NEW.claimed_on, 1);
    END IF;
    IF NOT (OLD.town_id <=> NEW.town_id AND OLD.published_on <=> NEW.published_on AND OLD.closed_on <=> NEW.closed_on) THEN
        CALL tally_matter_days(OLD.town_id, 'CLOSE', OLD.published_on, OLD.closed_on, -1);
        CALL tally_matter_days(NEW.town_id, 'CLOSE', NEW.published_on, NEW.closed_on, 1);
    END IF;
END;
--rollback DROP TRIGGER tally_matter_update;

--changeset haitang:019-matter-tally-delete splitStatements:false
CREATE TRIGGER tally_matter_delete AFTER DELETE ON matter FOR EACH ROW
BEGIN
    CALL tally_matter(OLD.town_id, OLD.state, OLD.published_on, OLD.claimed_on, OLD.reopen_count, -1);
    CALL tally_matter_days(OLD.town_id, 'CLAIM', OLD.published_on, OLD.claimed_on, -1);
    CALL tally_matter_days(OLD.town_id, 'CLOSE', OLD.published_on, OLD.closed_on, -1);
END;
--rollback DROP TRIGGER tally_matter_delete;
