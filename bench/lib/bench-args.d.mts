// Types of bench-args.mjs, for its unit test.
export class BenchUsageError extends Error {}
export function optionValue(name: string, v: string | undefined): string;
export function intValue(name: string, v: string | undefined, min?: number): number;
export function intList(name: string, v: string | undefined, min?: number): number[];
export function runBench(script: string, main: () => Promise<void> | void): Promise<void>;
