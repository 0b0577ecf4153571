import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Whether nothing holds `ref`'s target any more, after a full collection. A WeakRef keeps its target until the job
 * that made it ends, so this waits a turn of the event loop first.
 */
export async function collected(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return ref.deref() === undefined;
}
