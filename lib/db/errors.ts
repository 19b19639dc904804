/** Prisma's code for a unique-constraint violation: the row (an email, an attempt, a review) exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
