/** Prisma's code for a unique-constraint violation: the row (an email, an attempt, a review) exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002"
  );
}

/** Prisma's code for a foreign-key violation: a row still points to the one being deleted (a deck in use). */
export function isForeignKeyViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2003"
  );
}
