import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../../src/i18n/translate.js';
import { REVIEW_ACTIONS } from '../../../src/review/review-session.js';
import { reviewMessages } from '../../../src/review/review-messages.js';

const placeholders = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('reviewMessages', () => {
  it('Indonesian and English use the same placeholders and neither is empty', () => {
    for (const [code, { id, en }] of Object.entries(reviewMessages)) {
      expect(placeholders(id), code).toEqual(placeholders(en));
      expect(id.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
    }
  });

  it('is registered, and every code the review sources use has a template', () => {
    const sources = [
      ...readdirSync(join(ROOT, 'src', 'review')).map((f) => join(ROOT, 'src', 'review', f)),
      join(ROOT, 'src', 'cli', 'commands', 'review-command.ts'),
    ].filter((f) => !f.endsWith('review-messages.ts'));
    const used = new Set<string>();
    for (const f of sources) for (const m of readFileSync(f, 'utf8').matchAll(/'((?:cmd\.)?review\.[a-z_.]+)'/g)) used.add(m[1] as string);
    for (const a of REVIEW_ACTIONS) used.add(`review.echo.${a}`);
    expect(used.size).toBeGreaterThan(20);
    for (const code of used) expect(hasMessage(code), code).toBe(true);
  });
});
