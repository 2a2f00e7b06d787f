#!/usr/bin/env node
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
