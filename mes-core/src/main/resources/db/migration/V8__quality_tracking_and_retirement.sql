-- Quality: how each product is tracked (per unit or per lot), and retiring inspection plans,
-- characteristics and defect codes instead of deleting them (results and defects keep referring to them).

CREATE TABLE product_tracking (
    product_code VARCHAR(40)  PRIMARY KEY,
    tracking     VARCHAR(10)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT product_tracking_mode CHECK (tracking IN ('UNIT', 'LOT'))
);

-- An operation has at most one plan in force; retired plans stay. retired_key is 0 while a plan is in
-- force and its own id once retired, so the unique constraint holds for the plans in force only.
ALTER TABLE inspection_plan ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inspection_plan ADD COLUMN retired_key BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE inspection_plan DROP CONSTRAINT inspection_plan_per_operation;
ALTER TABLE inspection_plan ADD CONSTRAINT inspection_plan_in_force_per_operation
    UNIQUE (product_id, operation_seq, retired_key);

ALTER TABLE inspection_characteristic ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE defect_code ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
