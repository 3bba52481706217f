// The page bundle (dist/news-timeline.bundle.js, built in memory from src/ by esbuild) may not
// grow more than 1 KB min+gzip over the committed baseline. A reduction lowers the baseline:
// `npm run size -- --update-baseline`.
import { describe, expect, it } from 'vitest';
import { BASELINE_FILE, TOLERANCE_BYTES, bundleSize, readBaseline } from '../../scripts/size.mjs';

describe('page bundle size', () => {
  const measured = bundleSize();

  it(`stays within ${TOLERANCE_BYTES} bytes min+gzip of ${BASELINE_FILE}`, async () => {
    const [size, baseline] = await Promise.all([measured, readBaseline()]);
    const growth = size.gzipBytes - baseline.gzipBytes;
    expect(
      growth,
      `bundle is ${size.gzipBytes} B min+gzip, baseline ${baseline.gzipBytes} B; largest parts: ${size.packages
        .slice(0, 5)
        .map((p) => `${p.name} ${p.minBytes} B`)
        .join(', ')}`,
    ).toBeLessThanOrEqual(TOLERANCE_BYTES);
  });

  it('is measured from the whole bundle: Lit and our own modules are in it', async () => {
    const size = await measured;
    const names = size.packages.map((p) => p.name);
    expect(names).toContain('lit-html');
    expect(names).toContain('news-timeline (src/)');
    expect(size.ownModules.some((m) => m.path.endsWith('news-timeline.ts'))).toBe(true);
    expect(size.gzipBytes).toBeGreaterThan(10_000);
    expect(size.gzipBytes).toBeLessThan(size.minBytes);
  });
});
