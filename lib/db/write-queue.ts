/**
 * A first-in-first-out lock for the one writer connection. A transaction holds it from BEGIN to
 * COMMIT/ROLLBACK; every write outside a transaction takes it for one statement. So a statement of
 * another request can never run inside someone else's open transaction (and vanish with its rollback).
 */
export class WriteQueue {
  #locked = false;
  #waiting: (() => void)[] = [];

  /** Resolves with a release function once the caller is first in line; release exactly once. */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.#locked = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.#next();
        });
      };
      if (this.#locked) this.#waiting.push(grant);
      else grant();
    });
  }

  async run<T>(work: () => Promise<T> | T): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  get pending(): number {
    return this.#waiting.length;
  }

  #next(): void {
    const grant = this.#waiting.shift();
    if (grant) grant();
    else this.#locked = false;
  }
}
