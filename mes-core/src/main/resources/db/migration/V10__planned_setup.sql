-- The changeover before each planned operation, in minutes, so a Gantt chart can show it before the bar.
ALTER TABLE planning_plan_operation ADD COLUMN setup_minutes BIGINT DEFAULT 0 NOT NULL;
