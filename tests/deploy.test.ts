import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = join(import.meta.dirname, "..");
const dockerfile = readFileSync(join(repoRoot, "Dockerfile"), "utf8");
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

/** The JSON array of an exec-form instruction, e.g. CMD ["node", "x"]. */
function execForm(instruction: string): string[] | undefined {
  const line = new RegExp(
    `^${instruction}\\s+(?:--[^\\n]*?\\\\\\n\\s*)?(?:CMD\\s+)?(\\[.*\\])\\s*$`,
    "mu",
  ).exec(dockerfile);
  return line?.[1] === undefined ? undefined : (JSON.parse(line[1]) as string[]);
}

describe("running under a supervisor", () => {
  it("has npm start replace its shell with node, so a SIGTERM sent to npm reaches the bot", () => {
    expect(pkg.scripts.start).toBe("exec node bin/briefbot.js start");
  });

  it("ships a Dockerfile whose process is node itself, not npm or a shell", () => {
    expect(execForm("CMD")).toEqual(["node", "bin/briefbot.js", "start"]);
  });

  it("checks the container's health on /healthz, failing on anything but 200", () => {
    const check = execForm("HEALTHCHECK");
    expect(check?.[0]).toBe("node");
    const script = check?.at(-1) ?? "";
    expect(script).toContain("/healthz");
    expect(script).toMatch(/r\.ok \? 0 : 1/u);
    expect(script).toMatch(/\(\) => process\.exit\(1\)/u);
  });
});
