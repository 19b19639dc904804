export const roles = ["student", "teacher"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { student: "Student", teacher: "Teacher" };

/** Where each role lands after signing in. */
export const homePathFor: Record<Role, string> = { student: "/study", teacher: "/classes" };
