-- A teacher marks one student's answer right or wrong (issue 18): the log names the answer.
ALTER TABLE "RegradeLog" ADD COLUMN "attemptId" TEXT;
