import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Admission control for the one event loop (issue 17). Every request Next.js answers shares one
 * JavaScript thread; with ten pages rendering at once, a request that needs 1 ms of work — the health
 * check, robots.txt, a static file — waits behind the slices of all ten renders. So at most `limit`
 * expensive requests (pages, RSC payloads, server actions, search route handlers) are handed to
 * Next.js at a time; the rest wait in arrival order *before* any of their work starts, and cheap
 * requests are never queued. Pages still finish in the order they arrived, the worker threads stay
 * busy (a render mostly waits for its reads), and the queue costs no CPU.
 *
 * The slot is released when the response is finished or its connection closes, so a client that
 * disconnects while waiting or while its page streams never holds a slot.
 */
export type Admission = {
  /** Calls `start` now or when a slot is free; `start` is skipped if the client left meanwhile. */
  admit(req: IncomingMessage, res: ServerResponse, start: () => void): void;
  readonly active: number;
  readonly waiting: number;
};

/** Paths answered without rendering: never queued behind pages. */
const CHEAP_PATH = /^\/(?:_next\/static\/|_next\/image|api\/health(?:[/?]|$)|robots\.txt|favicon|icon|apple-icon|manifest)/;

export function isCheapRequest(req: Pick<IncomingMessage, "method" | "url">): boolean {
  if (req.method === "OPTIONS") return true;
  const url = req.url ?? "/";
  if (CHEAP_PATH.test(url)) return true;
  // Files of public/ (images, fonts): a dot in the last segment and no page of ours has one.
  const path = url.split("?", 1)[0];
  return /\.[a-z0-9]{2,5}$/i.test(path.slice(path.lastIndexOf("/")));
}

export function createAdmission(limit: number): Admission {
  let active = 0;
  const queue: { req: IncomingMessage; res: ServerResponse; start: () => void }[] = [];

  function release() {
    active--;
    while (queue.length > 0 && active < limit) {
      const next = queue.shift()!;
      if (next.req.socket.destroyed || next.res.writableEnded) continue; // the client gave up while waiting
      run(next.res, next.start);
    }
  }

  function run(res: ServerResponse, start: () => void) {
    active++;
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      release();
    };
    res.once("finish", done);
    res.once("close", done);
    try {
      start();
    } catch (error) {
      done();
      throw error;
    }
  }

  return {
    admit(req, res, start) {
      if (limit <= 0 || isCheapRequest(req)) return start();
      if (active < limit) return run(res, start);
      queue.push({ req, res, start });
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
