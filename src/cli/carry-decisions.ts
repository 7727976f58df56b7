import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutputSet } from '../io/output-set.js';
import { readDecisionFile, writeDecisionFile } from '../review/decision-file.js';
import type { ReviewRow } from '../review/review-row.js';

/** The decisions file of an --out folder, where `rekon review OUT/review.csv` saves its answers. */
export const DECISIONS_FILE = 'decisions.csv';

/**
 * Writes OUT/decisions.csv holding the decided rows of the `--decisions` files, so that `rekon review
 * OUT/review.csv` adds this month's answers to them and next month's `--decisions OUT/decisions.csv`
 * still holds every earlier month's (README "Monthly operations"; each month's file had held only its
 * own answers, so a decision made two months ago was asked again). Rows an OUT/decisions.csv already
 * holds (this month's review, before a re-run) stay, after the carried ones, so they win (decisionsOf:
 * the later row wins). Nothing is written when OUT/decisions.csv is itself one of the `--decisions` files.
 * Written into the run's OutputSet: it replaces the previous decisions.csv with the run's other files.
 */
export async function carryDecisions(set: OutputSet, out: string, inputs: readonly string[], rows: readonly ReviewRow[]): Promise<void> {
  const path = join(out, DECISIONS_FILE);
  const here = await realOrResolved(path);
  for (const input of inputs) if ((await realOrResolved(input)) === here) return;
  const existing = await readIfPresent(path);
  const pairKey = (r: ReviewRow): string => `${r.rosterKey ?? ''}\u0000${r.bpjsKey ?? ''}`;
  const kept = new Set(existing.filter((r) => r.decision !== null).map(pairKey));
  const carried = rows.filter((r) => r.decision !== null && r.rosterKey !== null && r.bpjsKey !== null && !kept.has(pairKey(r)));
  if (carried.length === 0) return;
  const all = [...carried, ...existing];
  await set.write(path, (f) => writeDecisionFile(f, all));
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

async function readIfPresent(path: string): Promise<ReviewRow[]> {
  return existsSync(path) ? readDecisionFile(path) : [];
}
