// Types of table.mjs, for its unit test.
export function tableLines(rows: readonly (readonly (string | number)[])[]): string[];
export function printTable(rows: readonly (readonly (string | number)[])[]): void;
