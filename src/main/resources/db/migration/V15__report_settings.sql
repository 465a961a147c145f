-- Reports leaders act on: who issues the 通报, what its title calls the programme, and how many counted
-- items a unit's total must rest on for the unit to be ranked.
ALTER TABLE plan_version ADD COLUMN report_office VARCHAR(200) NOT NULL DEFAULT '考核办公室';
ALTER TABLE plan_version ADD COLUMN report_subject VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN min_ranked_items INT NOT NULL DEFAULT 1;
