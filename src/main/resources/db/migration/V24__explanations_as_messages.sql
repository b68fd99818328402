-- Relationship explanations and account tasks are kept as messages (a bundle key and typed arguments, as JSON) so that
-- each reader sees them in their own language; JSON takes more room than the English it replaces. Rows written before
-- keep their English text and are shown as written.
alter table relationship_contribution alter column note set data type varchar(4000);
alter table relationship_bond_status alter column evidence set data type varchar(4000);
alter table relationship_signal alter column detail set data type varchar(4000);
alter table relationship_snapshot alter column value_note set data type varchar(4000);
alter table relationship_snapshot alter column clv_formula set data type varchar(4000);
alter table relationship_snapshot alter column satisfaction_formula set data type varchar(4000);
alter table relationship_snapshot alter column stage_reason set data type varchar(4000);
alter table account_task alter column title set data type varchar(4000);
alter table account_task alter column detail set data type varchar(4000);
