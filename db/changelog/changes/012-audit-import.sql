--liquibase formatted sql

--changeset haitang:012-audit-import
--comment: An import written in JDBC batches leaves one audit entry of its own (file, counts) with the action IMPORT
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT'));
