// Loaded with `node --import` in front of the CLI when GNU time is missing: writes the process's
// peak resident set size (KiB, like GNU time's %M) to $REKON_BENCH_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.REKON_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes (Node docs).
    writeFileSync(file, String(process.resourceUsage().maxRSS) + '\n');
  });
}
