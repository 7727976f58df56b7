// Option parsing shared by the benchmark scripts: a bad option is a one-line message and exit 2,
// never a stack trace, and a number that is not one is refused instead of running with NaN.

/** A mistake in the command line (reported as `script: message`, exit 2). */
export class BenchUsageError extends Error {}

/** The value after option `name`, which must be there and must not be another option. */
export function optionValue(name, v) {
  if (v === undefined || v.startsWith('--')) throw new BenchUsageError(`${name} needs a value`);
  return v;
}

/** An integer option value ≥ `min`. */
export function intValue(name, v, min = 0) {
  const s = optionValue(name, v);
  const n = Number(s);
  if (!/^-?\d+$/.test(s.trim()) || !Number.isSafeInteger(n) || n < min) throw new BenchUsageError(`${name} must be an integer ≥ ${min}, not "${s}"`);
  return n;
}

/** A comma-separated list of integers ≥ `min`. */
export function intList(name, v, min = 0) {
  return optionValue(name, v)
    .split(',')
    .map((part) => intValue(name, part, min));
}

/** Runs `main`; a BenchUsageError from it (or from option parsing inside it) becomes `script: message`, exit 2. */
export async function runBench(script, main) {
  try {
    await main();
  } catch (e) {
    if (!(e instanceof BenchUsageError)) throw e;
    process.stderr.write(`${script}: ${e.message}\n`);
    process.exitCode = 2;
  }
}
