#!/usr/bin/env node
// Thin launcher: the CLI itself is src/cli/news-timeline.ts, bundled by esbuild into
// dist/cli/news-timeline.js (build step: see docs/extraction.md).
import { main } from '../dist/cli/news-timeline.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `news-timeline: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
