/** The shell commands a fix may be: written here and read back here, so the check runs what the finding shows. */

/** A path as one shell word: bare when it is plain, else in single quotes. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function unquote(word: string): string {
  return word.startsWith("'") ? word.slice(1, -1).replace(/'\\''/g, "'") : word;
}

/** `git mv FROM TO`. */
export function gitMv(from: string, to: string): string {
  return `git mv ${shellWord(from)} ${shellWord(to)}`;
}

/** The two paths of a `git mv` written by gitMv; undefined for any other text. */
export function parseGitMv(fix: string): { from: string; to: string } | undefined {
  const word = `('(?:[^']|'\\\\'')*'|[^\\s']+)`;
  const m = new RegExp(`^git mv ${word} ${word}$`).exec(fix.trim());
  return m ? { from: unquote(m[1]!), to: unquote(m[2]!) } : undefined;
}

/** `git restore --source=REV -- PATH`: the file as it is at REV. */
export function gitRestore(rev: string, path: string): string {
  return `git restore --source=${shellWord(rev)} -- ${shellWord(path)}`;
}

/** The revision and path of the `git restore` a fix opens with (written by gitRestore); undefined for any other text. */
export function parseGitRestore(fix: string): { rev: string; path: string } | undefined {
  const word = `('(?:[^']|'\\\\'')*'|[^\\s']+)`;
  const m = new RegExp(`^git restore --source=${word} -- ${word}$`).exec(fix.split('\n')[0]!.trim());
  return m ? { rev: unquote(m[1]!), path: unquote(m[2]!) } : undefined;
}
