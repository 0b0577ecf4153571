import { fitBytes } from '../../src/action/summary.js';

describe('fitBytes', () => {
  it('keeps text that fits', () => {
    expect(fitBytes('é'.repeat(10), 20)).toBe('é'.repeat(10));
  });

  it('cuts by UTF-8 bytes, never inside a character, and says so', () => {
    const out = fitBytes('é'.repeat(2000), 1000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out).not.toContain('\uFFFD');
    expect(out).toMatch(/^é+\n\n_…the report was cut to fit the job summary; the full report is in the report-path file\._\n$/);
  });
});
