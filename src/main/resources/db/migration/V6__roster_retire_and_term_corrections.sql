-- LeaveDesk schema, version 6: the roster screen retires people and corrects terms without losing history.
--
-- A person who leaves office is retired, not deleted: their absences, chains and audit lines keep pointing at
-- them, and the roster hides them unless asked. A term entry typed wrongly is corrected by a new row naming the
-- entry it corrects; the wrong row stays, so the history shows what was believed and when.

ALTER TABLE person ADD COLUMN retired_on TEXT;   -- the day the person left the roster; NULL while serving
ALTER TABLE term ADD COLUMN corrects INTEGER;     -- seq of the original entry this row corrects; NULL for an original
