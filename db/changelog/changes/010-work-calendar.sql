--liquibase formatted sql

--changeset haitang:010-work-calendar
--comment: Statutory holidays and the weekend days made working days around them (调休), entered by the city admin from the State Council's yearly schedule. The public notice (公示) counts its working days by them; without an entry a day is a working day from Monday to Friday.
CREATE TABLE work_calendar_day (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day      DATE         NOT NULL,
    kind     VARCHAR(16)  NOT NULL,
    name     VARCHAR(50)  NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_work_calendar_day UNIQUE (day),
    CONSTRAINT ck_work_calendar_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE work_calendar_day;
