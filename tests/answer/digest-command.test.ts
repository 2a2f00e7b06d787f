import { describe, expect, it } from "vitest";
import { parseDigestCommand } from "../../src/answer/digest-command.ts";

describe("parseDigestCommand", () => {
  it("reads `on` with no arguments as defaults to be filled in", () => {
    expect(parseDigestCommand("on")).toEqual({ kind: "on" });
  });

  it("reads time, time zone, language and quiet in any order", () => {
    const expected = { kind: "on", time: "08:30", tz: "Europe/Rome", lang: "it", quiet: true };
    expect(parseDigestCommand("on 8:30 Europe/Rome it quiet")).toEqual(expected);
    expect(parseDigestCommand("on quiet lang:it Europe/Rome 08:30")).toEqual(expected);
    expect(parseDigestCommand("  ON   italiano  quiet 08:30 europe/rome ")).toEqual(expected);
  });

  it("accepts the edges of the day and far-off zones", () => {
    expect(parseDigestCommand("on 00:00 Pacific/Kiritimati")).toEqual({
      kind: "on",
      time: "00:00",
      tz: "Pacific/Kiritimati",
    });
    expect(parseDigestCommand("on 23:59 America/St_Johns")).toEqual({
      kind: "on",
      time: "23:59",
      tz: "America/St_Johns",
    });
  });

  it("accepts a language by code, with a region, or by name in any reply language", () => {
    expect(parseDigestCommand("on sw")).toEqual({ kind: "on", lang: "sw" });
    expect(parseDigestCommand("on ar-EG")).toEqual({ kind: "on", lang: "ar" });
    expect(parseDigestCommand("on Kiswahili")).toEqual({ kind: "on", lang: "sw" });
    expect(parseDigestCommand("on français")).toEqual({ kind: "on", lang: "fr" });
    expect(parseDigestCommand("on العربية")).toEqual({ kind: "on", lang: "ar" });
  });

  it("reads off, status, preview and help", () => {
    expect(parseDigestCommand("off")).toEqual({ kind: "off" });
    expect(parseDigestCommand("status")).toEqual({ kind: "status" });
    expect(parseDigestCommand("topics")).toEqual({ kind: "status" });
    expect(parseDigestCommand("preview")).toEqual({ kind: "preview" });
    expect(parseDigestCommand("")).toEqual({ kind: "help" });
    expect(parseDigestCommand("help")).toEqual({ kind: "help" });
  });

  it("reads topics add and remove with the topic as typed, several words included", () => {
    expect(parseDigestCommand("topics add الفنتانيل")).toEqual({ kind: "topics-add", topic: "الفنتانيل" });
    expect(parseDigestCommand("topics remove dark web")).toEqual({
      kind: "topics-remove",
      topic: "dark web",
    });
  });

  it.each([
    ["on 25:99", "bad-time", "25:99"],
    ["on 24:00", "bad-time", "24:00"],
    ["on 8:5", "bad-time", "8:5"],
    ["on 8", "bad-time", "8"],
    ["on Mars/Olympus", "bad-tz", "Mars/Olympus"],
    ["on Rome", "bad-tz", "Rome"],
    ["on lang:xx", "bad-lang", "lang:xx"],
    ["on xx", "bad-lang", "xx"],
    ["on pt-BR", "bad-lang", "pt-BR"],
    ["on tomorrow", "bad-argument", "tomorrow"],
    ["on 08:00 09:00", "bad-argument", "09:00"],
    ["on quiet quiet", "bad-argument", "quiet"],
    ["subscribe", "unknown-subcommand", "subscribe"],
    ["off now", "unknown-subcommand", "off now"],
    ["topics list-all", "unknown-subcommand", "topics list-all"],
    ["topics add", "missing-topic", "topics add"],
  ])("rejects %s as %s", (text, problem, value) => {
    expect(parseDigestCommand(text)).toEqual({ kind: "error", problem, value });
  });
});
