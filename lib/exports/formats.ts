/** The formats a deck can be exported in (pure: the command line reads it before the database is ready). */
export const exportFormatNames = ["moodle-xml", "gift", "canvas-qti", "anki", "quizlet", "csv"] as const;
export type ExportFormat = (typeof exportFormatNames)[number];
