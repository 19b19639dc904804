-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "graderVerdict" TEXT;
ALTER TABLE "Attempt" ADD COLUMN "override" TEXT;

-- CreateTable
CREATE TABLE "AcceptedAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "acceptedById" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcceptedAnswer_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegradeLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "attemptsChanged" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "AcceptedAnswer_assignmentId_itemId_normalized_key" ON "AcceptedAnswer"("assignmentId", "itemId", "normalized");

-- CreateIndex
CREATE INDEX "RegradeLog_assignmentId_createdAt_idx" ON "RegradeLog"("assignmentId", "createdAt");

