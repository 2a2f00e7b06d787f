import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest leaves one core to itself by default: on this 2-core machine the files ran one at a time. One
    // worker more than cores, as files that wait on real time (a Retry-After, a timeout, a child process)
    // would leave a core idle: 41 s against 50 s with a worker per core, 45 s with two more.
    maxWorkers: availableParallelism() + 1,
    // A fresh module graph per file cost more than it guards: 104 s of a 310 s run went to imports. Each file
    // builds its own knowledge, store and servers; all pass with the graph shared, one worker or two.
    isolate: false,
  },
});
