/**
 * Reading a large line-per-record file without ever holding it as one string.
 */
import { closeSync, openSync, readSync } from "node:fs";

/** Bytes read from the file at a time; a longer line grows the buffer. */
const READ_CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Calls `each` with every non-empty line of a UTF-8 file, read `chunkBytes` at a time; `each` returning false
 * stops the reading. Returns whether the file was read to its end. Throws when the file cannot be read, or
 * what `each` throws.
 * @example readLines("meetings.json", (line) => lines.push(line) > 0) // true
 */
export function readLines(path: string, each: (line: string) => boolean, chunkBytes = READ_CHUNK): boolean {
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(chunkBytes);
    let kept = 0;
    for (;;) {
      if (kept === buffer.length) {
        const longer = Buffer.alloc(buffer.length * 2);
        buffer.copy(longer, 0, 0, kept);
        buffer = longer;
      }
      const bytes = readSync(fd, buffer, kept, buffer.length - kept, null);
      const read = buffer.subarray(0, kept + bytes);
      // Lines are cut at newline bytes, which UTF-8 never uses inside a letter, and each is decoded alone:
      // a line of ASCII then stays a one-byte string even when the chunk around it holds Arabic or Devanagari.
      let start = 0;
      for (let end = read.indexOf(NEWLINE, start); end >= 0; end = read.indexOf(NEWLINE, start)) {
        if (end > start && !each(read.toString("utf8", start, end))) return false;
        start = end + 1;
      }
      if (bytes === 0) return start === read.length || each(read.toString("utf8", start));
      buffer.copyWithin(0, start, read.length);
      kept = read.length - start;
    }
  } finally {
    closeSync(fd);
  }
}
