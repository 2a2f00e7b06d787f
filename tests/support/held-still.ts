import { readdirSync, utimesSync } from "node:fs";
import { join } from "node:path";

const AN_HOUR_MS = 3_600_000;

/**
 * Dates every file under `dir` an hour back, the way a folder that has held still looks. Start-up waits
 * for a file written moments before to stop changing; a test that has just copied in its corpus has no
 * writer to wait for, and would otherwise wait two seconds at every start.
 */
export function heldStill(dir: string): void {
  const then = new Date(Date.now() - AN_HOUR_MS);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), then, then);
}
