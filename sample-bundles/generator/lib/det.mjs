// Determinism helpers: seeded PRNG, seeded UUID-v4 stream, a fake clock and a
// small discrete-event scheduler. While a scenario runs, `withDeterminism`
// replaces Date, crypto.randomUUID, performance.now and Math.random (the only
// sources of time and randomness the runtime uses) and restores them after.
import { createHash } from "node:crypto";

const RealDate = globalThis.Date;

/** sfc32 PRNG seeded from SHA-256(seed). Returns floats in [0, 1). */
export function makeRng(seed) {
  const h = createHash("sha256").update(String(seed)).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const rng = {
    next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** float in [lo, hi) */
    float: (lo, hi) => lo + next() * (hi - lo),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** random string from an alphabet */
    str: (n, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") => {
      let s = "";
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    hex: (n) => rng.str(n, "0123456789abcdef"),
    uuid: () => {
      const bytes = new Uint8Array(16);
      for (let i = 0; i < 16; i++) bytes[i] = Math.floor(next() * 256);
      bytes[6] = (bytes[6] & 0x0f) | 0x40;
      bytes[8] = (bytes[8] & 0x3f) | 0x80;
      const hx = [...bytes].map((x) => x.toString(16).padStart(2, "0")).join("");
      return `${hx.slice(0, 8)}-${hx.slice(8, 12)}-${hx.slice(12, 16)}-${hx.slice(16, 20)}-${hx.slice(20)}`;
    },
  };
  return rng;
}

/** Fake wall clock in integer milliseconds since the epoch. */
export class FakeClock {
  constructor(isoStart) {
    this.ms = RealDate.parse(isoStart);
    this.origin = this.ms;
  }
  iso() { return new RealDate(this.ms).toISOString(); }
  advance(ms) { this.ms += Math.max(0, Math.round(ms)); }
  set(ms) { this.ms = ms; }
  /** jump forward to an absolute ISO time (never backwards) */
  jumpTo(iso) { const t = RealDate.parse(iso); if (t > this.ms) this.ms = t; }
}

/**
 * Run `fn` with Date / crypto.randomUUID / performance.now / Math.random
 * replaced by deterministic versions driven by `clock` and `rng`. Restores the
 * originals afterwards, also when `fn` throws.
 */
export async function withDeterminism(clock, rng, fn) {
  const origDate = globalThis.Date;
  const cryptoObj = globalThis.crypto;
  const hadOwnUUID = Object.prototype.hasOwnProperty.call(cryptoObj, "randomUUID");
  const origUUID = cryptoObj.randomUUID;
  const perf = globalThis.performance;
  const hadOwnNow = Object.prototype.hasOwnProperty.call(perf, "now");
  const origNow = perf.now;
  const origRandom = Math.random;

  class FakeDate extends origDate {
    constructor(...args) {
      if (args.length === 0) super(clock.ms);
      else super(...args);
    }
    static now() { return clock.ms; }
  }
  // performance.now(): the fake clock plus a monotone sub-millisecond part with
  // 1/4096 ms resolution so span durations look like real measurements.
  let lastPerf = 0;
  const perfNow = () => {
    const frac = Math.floor(rng.next() * 4096) / 4096;
    let v = (clock.ms - clock.origin) + 250 + frac;
    if (v < lastPerf) v = lastPerf;
    lastPerf = v;
    return v;
  };
  globalThis.Date = FakeDate;
  cryptoObj.randomUUID = () => rng.uuid();
  perf.now = perfNow;
  Math.random = () => rng.next();
  try {
    return await fn();
  } finally {
    globalThis.Date = origDate;
    if (hadOwnUUID) cryptoObj.randomUUID = origUUID; else delete cryptoObj.randomUUID;
    if (hadOwnNow) perf.now = origNow; else delete perf.now;
    Math.random = origRandom;
  }
}

/**
 * Cooperative discrete-event scheduler. Branches are async functions that call
 * `await task.wait(ms)` to let virtual time pass; exactly one branch runs at a
 * time (the scheduler hands a baton to the branch with the earliest wake-up
 * time, ties broken by scheduling order), so the interleaving of trace events
 * is deterministic and looks like concurrently running steps.
 */
export class Scheduler {
  constructor(clock) {
    this.clock = clock;
    this.seq = 0;
  }

  /** Sequential wait outside of `parallel` */
  async wait(ms) { this.clock.advance(ms); }

  async parallel(branchFns) {
    const queue = [];
    let baton = null;
    const signal = () => { const b = baton; baton = null; if (b) b(); };
    const push = (t, resume) => { queue.push({ t, seq: this.seq++, resume }); };
    let error = null;
    const makeTask = () => ({
      wait: (ms) => new Promise((resolve) => {
        push(this.clock.ms + Math.max(0, Math.round(ms)), resolve);
        signal();
      }),
    });
    for (const fn of branchFns) {
      const task = makeTask();
      push(this.clock.ms, () => {
        Promise.resolve()
          .then(() => fn(task))
          .catch((e) => { error = error ?? e; })
          .finally(() => signal());
      });
    }
    while (queue.length) {
      queue.sort((x, y) => (x.t - y.t) || (x.seq - y.seq));
      const next = queue.shift();
      if (next.t > this.clock.ms) this.clock.set(next.t);
      const p = new Promise((r) => { baton = r; });
      next.resume();
      await p;
      if (error) throw error;
    }
  }
}
