/**
 * A bounded queue in front of expensive work: at most `concurrency` requests run, at most `maxWaiting` wait, and
 * a request that would wait beyond that is refused at once (the caller answers 503 with Retry-After), so a burst
 * of expensive requests can never hold the service's memory or starve its cheap routes. A waiting request leaves
 * the queue when its signal aborts (its client went away, or its deadline passed).
 */

export interface AdmissionOptions {
  /** How many may run at once. */
  concurrency: number;
  /** How many may wait for a slot; one more is refused. */
  maxWaiting: number;
}

/** Given back by enter(): call once when the work is done (or abandoned). */
export type Release = () => void;

export type Entry = { admitted: Release } | { refused: 'full' | 'aborted' };

export interface Admission {
  /** Waits for a slot; `refused: 'full'` at once when the queue is full, `'aborted'` when the signal aborts first. */
  enter(signal: AbortSignal): Promise<Entry>;
  stats(): { running: number; waiting: number; refused: number };
}

export function createAdmission({ concurrency, maxWaiting }: AdmissionOptions): Admission {
  let running = 0;
  let refused = 0;
  const waiting: { grant: () => void }[] = [];

  const release = (): void => {
    running -= 1;
    const next = waiting.shift();
    if (next) next.grant();
  };

  const admit = (): Release => {
    running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    enter(signal) {
      if (signal.aborted) return Promise.resolve({ refused: 'aborted' });
      if (running < concurrency && waiting.length === 0) return Promise.resolve({ admitted: admit() });
      if (waiting.length >= maxWaiting) {
        refused += 1;
        return Promise.resolve({ refused: 'full' });
      }
      return new Promise<Entry>((resolve) => {
        const slot = {
          grant: () => {
            signal.removeEventListener('abort', onAbort);
            resolve({ admitted: admit() });
          },
        };
        const onAbort = (): void => {
          const at = waiting.indexOf(slot);
          if (at >= 0) waiting.splice(at, 1);
          resolve({ refused: 'aborted' });
        };
        signal.addEventListener('abort', onAbort, { once: true });
        waiting.push(slot);
      });
    },
    stats: () => ({ running, waiting: waiting.length, refused }),
  };
}
