--liquibase formatted sql

--changeset haitang:009-compound-committee-area-index
--comment: Committee formation by town/community reads only this index (joined to compound_committee's unique key) instead of every compound row
CREATE INDEX ix_compound_area_committee ON compound (town_id, community_id, committee_required);
--rollback DROP INDEX ix_compound_area_committee ON compound;

--changeset haitang:009-activity-unified-day-index
--comment: A month's unified service days per institution and town, answered from this index alone; it replaces the narrower (type_id, activity_date), which it starts with
CREATE INDEX ix_activity_unified_day ON activity (type_id, activity_date, institution_id, town_id);
DROP INDEX ix_activity_type_date ON activity;
--rollback CREATE INDEX ix_activity_type_date ON activity (type_id, activity_date);
--rollback DROP INDEX ix_activity_unified_day ON activity;

--changeset haitang:009-matter-raised-index
--comment: Matters per month by state (the dashboard's chart), for the city and for one town/street, from the index alone
CREATE INDEX ix_matter_raised ON matter (raised_on, state);
CREATE INDEX ix_matter_town_raised ON matter (town_id, raised_on, state);
--rollback DROP INDEX ix_matter_raised ON matter;
--rollback DROP INDEX ix_matter_town_raised ON matter;
