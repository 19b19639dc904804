import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";

const db = testDb();

describe("writes while a transaction is open", () => {
  it("a plain write made while another request's transaction rolls back is kept", async () => {
    const rolledBack = uniqueEmail("rolled-back");
    const kept = uniqueEmail("kept");
    let insideTransaction!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (insideTransaction = resolve));
    const transaction = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { name: "Rolled back", email: rolledBack, passwordHash: "x", role: "student" } });
        insideTransaction();
        // The transaction's body awaits (as applyReview's does); meanwhile another request writes.
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error("a retried review: roll back");
      })
      .catch(() => "rolled back");
    await transactionOpen;
    await db.user.create({ data: { name: "Kept", email: kept, passwordHash: "x", role: "student" } });
    expect(await transaction).toBe("rolled back");
    expect(await db.user.count({ where: { email: rolledBack } })).toBe(0);
    expect(await db.user.count({ where: { email: kept } })).toBe(1);
  });
});
