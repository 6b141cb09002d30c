-- LeaveDesk schema, version 4: one person-ordered index instead of two.
--
-- Since version 3, absence_state carries each absence's person and departure day, and absence_state_person orders
-- them by person. The reads by person (history, absences in a date range, the register filtered by person) now
-- start from that index and fetch the absence rows by id, so absence_person_depart (person, depart) on absence is
-- no longer used by any query; dropping it saves a sort of every absence in a bulk load and its space in the file.

DROP INDEX absence_person_depart;
