/**
 * Files a hostile or careless corpus folder holds, written for real: links leading out of the folder to
 * secrets, front matter built to exhaust the YAML parser.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A Slack bot token as it would sit in a deployment note; it must never reach an answer. */
export const OUTSIDE_TOKEN = "xoxb-120034-998877-hostileSecretValue";

/** A "billion laughs" mapping: `levels` anchors, each a list of nine aliases of the one before. */
export function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= levels; level += 1)
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(",")}]`,
    );
  return lines.join("\n");
}

/** Markdown documents whose front matter attacks the parser, by file name; the body alone would be fine. */
export const HOSTILE_FRONT_MATTER: Readonly<Record<string, string>> = {
  "alias-bomb.md": `---\n${aliasBomb(9)}\ntitle: *l9\n---\nThe laughing report.\n`,
  "deep-nesting.md": `---\ntags: ${"[".repeat(3000)}${"]".repeat(3000)}\n---\nThe nested report.\n`,
  "huge-scalar.md": `---\ntitle: "${"A".repeat(1_000_000)}"\n---\nThe heavy report.\n`,
  "endless-keys.md": `---\n${Array.from({ length: 5000 }, (_, i) => `key${i}: value`).join("\n")}\n---\nThe long report.\n`,
};

/**
 * Writes, beside `corpus`, a folder `outside` with a deployment note holding OUTSIDE_TOKEN and a sub-folder,
 * and returns their paths.
 */
export function writeOutside(base: string): { dir: string; secret: string; folder: string } {
  const dir = join(base, "outside");
  mkdirSync(join(dir, "notes.md"), { recursive: true });
  const secret = join(dir, "deploy-notes.txt");
  writeFileSync(secret, `Deployment notes\n\nThe production bot token is ${OUTSIDE_TOKEN} until March.\n`);
  return { dir, secret, folder: join(dir, "notes.md") };
}

/**
 * Puts into `corpus` links that lead outside it (to /etc/passwd, to the secret note by absolute and by
 * relative path, through a hidden hop, to folders outside) and returns their names.
 */
export function linkOutside(corpus: string, outside: { secret: string; folder: string }): string[] {
  symlinkSync("/etc/passwd", join(corpus, "passwd.md"));
  symlinkSync(outside.secret, join(corpus, "token.txt"));
  symlinkSync("../outside/deploy-notes.txt", join(corpus, "relative-token.md"));
  symlinkSync("../outside/deploy-notes.txt", join(corpus, ".hop"));
  symlinkSync(".hop", join(corpus, "chained.txt"));
  symlinkSync(outside.folder, join(corpus, "outside-folder.md"));
  symlinkSync("/etc", join(corpus, "etc.txt"));
  return ["chained.txt", "etc.txt", "outside-folder.md", "passwd.md", "relative-token.md", "token.txt"];
}
