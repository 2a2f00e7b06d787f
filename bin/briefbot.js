#!/usr/bin/env -S node --max-semi-space-size=32
// V8's young generation gets semi-spaces of 32 MB instead of 16. A /brief answer allocates some megabytes
// that die with it; with 16 MB a pass of the bench's 1,200 questions at 100,000 documents ran 213 scavenges,
// each promoting what was still alive, and the promoted garbage filled the old heap twice: p99 68–90 ms in a
// warm start on a slow machine, against 47–62 ms with 32 MB (106 scavenges, one full collection), for
// 30–60 MB more RSS. V8 reads the size only as the process starts, so `npm start` and the Dockerfile give
// the same flag (tests/deploy.test.ts keeps the three alike).
// Runs the JavaScript build in dist/ (made by `npm ci` through the prepare script) when it is current:
// compiling the TypeScript sources through tsx costs most of a second at every start. When any source
// file is newer than its build, or has none, it runs the sources through tsx instead, so a developer
// editing src never runs stale code and a missing build never needs an extra step.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const srcDir = join(root, "src");
const distDir = join(root, "dist");

/** True when every .ts file under `dir` has a .js build in dist/ written after it. */
function buildIsCurrent(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!buildIsCurrent(path)) return false;
    } else if (entry.name.endsWith(".ts")) {
      const built = join(distDir, relative(srcDir, path)).replace(/\.ts$/, ".js");
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return false;
    }
  }
  return true;
}

// A deployment may ship the build alone, without src/.
if (!existsSync(srcDir) || buildIsCurrent(srcDir)) {
  await import(pathToFileURL(join(distDir, "main.js")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
