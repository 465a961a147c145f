-- Reports leaders act on: who issues the 通报, what its title calls the programme, and how many counted
-- items a unit's total must rest on for the unit to be ranked.
ALTER TABLE plan_version ADD COLUMN report_office VARCHAR(200) NOT NULL DEFAULT '考核办公室';
ALTER TABLE plan_version ADD COLUMN report_subject VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE plan_version ADD COLUMN min_ranked_items INT NOT NULL DEFAULT 1;
-- What the reports call the peer groups and the whole the plan covers (县（市、区） / 设区市, 全市 / 全省).
ALTER TABLE plan_version ADD COLUMN county_group VARCHAR(40) NOT NULL DEFAULT '县（市、区）';
ALTER TABLE plan_version ADD COLUMN bureau_group VARCHAR(40) NOT NULL DEFAULT '市级部门';
ALTER TABLE plan_version ADD COLUMN area_name VARCHAR(20) NOT NULL DEFAULT '全市';
