/** A calendar date without time or zone, `YYYY-MM-DD`. Compared as a date, never as a string of digits. */
export type IsoDate = string;
