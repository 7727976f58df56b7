import { Chalk, type ChalkInstance } from 'chalk';
import type { CliContext } from './cli-context.js';

/** A chalk instance that colours only when the context allows it (TTY, no NO_COLOR, no --no-color). */
export function paintFor(ctx: Pick<CliContext, 'color'>): ChalkInstance {
  return new Chalk({ level: ctx.color ? 1 : 0 });
}
