import * as core from '@actions/core';

/** GitHub rejects a step summary over 1 MiB (the step still passes, but the report is lost); keep a margin. */
export const SUMMARY_BUDGET = 1024 * 1024 - 1024;

const CUT = '\n\n_…the report was cut to fit the job summary; the full report is in the report-path file._\n';

/** Writes the report to the job summary, cut by bytes as a last resort so GitHub never drops it. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(fitBytes(markdown, SUMMARY_BUDGET)).write();
}

/** The longest prefix of `text` (plus a note) whose UTF-8 encoding fits `limit` bytes. */
export function fitBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  // Decoding a byte-cut buffer may leave a replacement character at the end; drop it.
  const cut = Buffer.from(text).subarray(0, limit - Buffer.byteLength(CUT)).toString('utf8').replace(/\uFFFD$/, '');
  return cut + CUT;
}
