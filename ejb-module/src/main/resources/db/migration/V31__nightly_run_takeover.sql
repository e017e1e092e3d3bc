-- A night's claim left by an instance that died mid-run (servers-notes.md §2–3) is taken over by
-- a conditional UPDATE once its lease has run out: the count of takeovers and the executions the
-- dead instance left behind (STARTED for ever on Payara) stay on the row for staff to see.
-- One column per statement: H2 (the Micro launch's database) takes one ADD COLUMN at a time.
ALTER TABLE nightly_job_run ADD COLUMN takeovers INT NOT NULL DEFAULT 0;
ALTER TABLE nightly_job_run ADD COLUMN replaced_executions VARCHAR(200) NULL;
