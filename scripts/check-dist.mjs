// CI's freshness check: dist/ is committed (the action runs it, `npx` from git runs it), so it must be exactly what
// the sources build. Rebuilds it in place, then fails when git sees any file of it changed, added or removed.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
const stale = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (stale) {
  process.stderr.write(`dist/ is not what the sources build; run 'npm run bundle' and commit dist/:\n${stale}`);
  process.exit(1);
}
