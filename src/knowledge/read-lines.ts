/**
 * Reading a large line-per-record file without ever holding it as one string.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/** Bytes read from the file at a time. */
const READ_CHUNK = 1 << 20;

/**
 * Calls `each` with every non-empty line of a UTF-8 file, read `chunkBytes` at a time; `each` returning false
 * stops the reading. Returns whether the file was read to its end. Throws when the file cannot be read, or
 * what `each` throws.
 * @example readLines("meetings.json", (line) => lines.push(line) > 0) // true
 */
export function readLines(path: string, each: (line: string) => boolean, chunkBytes = READ_CHUNK): boolean {
  const fd = openSync(path, "r");
  try {
    // A character whose bytes a chunk cuts in two is completed by the next chunk, not decoded as two errors.
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.alloc(chunkBytes);
    let rest = "";
    for (;;) {
      const bytes = readSync(fd, buffer, 0, buffer.length, null);
      const text = rest + (bytes === 0 ? decoder.end() : decoder.write(buffer.subarray(0, bytes)));
      const lines = text.split("\n");
      rest = bytes === 0 ? "" : (lines.pop() ?? "");
      for (const line of lines) if (line !== "" && !each(line)) return false;
      if (bytes === 0) return true;
    }
  } finally {
    closeSync(fd);
  }
}
