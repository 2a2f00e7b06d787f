/** A small seeded PRNG and the samplers the corpus generator draws from, so every run makes the same corpus. */

/** A source of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

/** Returns a mulberry32 generator for a 32-bit seed: fast, seedable and good enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Returns an integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

/** Returns one element of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Returns one key of a weight table, with probability proportional to its weight. */
export function pickWeighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  let roll = rng.next() * total;
  for (const key of keys) {
    roll -= weights[key];
    if (roll < 0) return key;
  }
  const last = keys[keys.length - 1];
  if (last === undefined) throw new Error("pickWeighted from an empty table");
  return last;
}

/** A sampler of ranks 0..n-1 under the Zipf–Mandelbrot law: rank r has weight 1 / (r + 1 + offset)^exponent. */
export interface Zipf {
  sample(rng: Rng): number;
  /** Probability of one draw landing on the rank. */
  probability(rank: number): number;
}

/** Returns a Zipf sampler over n ranks (binary search over the cumulative weights); offset flattens the head. */
export function createZipf(n: number, exponent: number, offset = 0): Zipf {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1 + offset) ** exponent;
    cumulative[rank] = total;
  }
  return {
    sample(rng: Rng): number {
      const target = rng.next() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] ?? total) < target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    probability(rank: number): number {
      return 1 / (rank + 1 + offset) ** exponent / total;
    },
  };
}
