--liquibase formatted sql

--changeset haitang:011-affiliation-institution-fk
--comment: A reviewer's affiliation names an institution of the registry (the admin now keeps affiliations in the console; institutions are never deleted)
ALTER TABLE accr_reviewer_affiliation
    ADD CONSTRAINT fk_accr_affiliation_institution FOREIGN KEY (institution_id) REFERENCES institution (id);
--rollback ALTER TABLE accr_reviewer_affiliation DROP FOREIGN KEY fk_accr_affiliation_institution;
