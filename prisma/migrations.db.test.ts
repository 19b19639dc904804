import { describe, expect, it } from "vitest";
import { databaseProviderOf } from "@/lib/env.server";
import { migrationsMatchModels } from "@/scripts/lib/database";

describe("committed migrations", () => {
  it("produce exactly the models in prisma/models.prisma (no drift)", () => {
    const url = process.env.DATABASE_URL!;
    const result = migrationsMatchModels(databaseProviderOf(url)!, url);
    expect(result.diff).not.toMatch(/CREATE|ALTER|DROP/);
    expect(result.inSync).toBe(true);
  });
});
