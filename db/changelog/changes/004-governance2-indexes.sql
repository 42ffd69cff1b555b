--liquibase formatted sql

--changeset haitang:004-property-dispute-filed-index
--comment: The disputes board lists newest first: an index on the filing date lets a page stop early
CREATE INDEX ix_property_dispute_filed ON property_dispute (filed_on, id);
--rollback DROP INDEX ix_property_dispute_filed ON property_dispute;
