-- 自评: what a unit says of an item beside its value in the return (an indicator's 达到 / 未达到, or a task's 进展状态),
-- the reason it is behind and its 整改措施. One row per item the unit wrote any of them for.
CREATE TABLE return_self_assessment (
    return_id       BIGINT        NOT NULL,
    item_code       VARCHAR(16)   NOT NULL,
    item_type       VARCHAR(16)   NOT NULL,
    status          VARCHAR(32)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    measures        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (return_id, item_code)
);
