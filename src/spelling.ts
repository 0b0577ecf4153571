/**
 * The candidate a mistyped word most likely meant, for "did you mean" hints: equal once case and `-`/`_` are
 * ignored, else the only one it abbreviates, else the nearest by edit distance when that is small for its length.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const loose = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const same = candidates.find((c) => loose(c) === loose(word));
  if (same !== undefined) return same;
  // Abbreviations (`warn`, ESLint's spelling) are far from the full word by edit distance.
  const extended = candidates.filter((c) => loose(c).startsWith(loose(word)));
  if (word.length >= 3 && extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
