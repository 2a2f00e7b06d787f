import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { handledNames } from "../src/slack/register.ts";

interface Manifest {
  display_information?: { name?: string; description?: string };
  features?: {
    bot_user?: { display_name?: string };
    slash_commands?: { command: string; description?: string; usage_hint?: string }[];
  };
  oauth_config?: { scopes?: { bot?: string[] } };
  settings?: {
    event_subscriptions?: { bot_events?: string[] };
    interactivity?: { is_enabled?: boolean };
    socket_mode_enabled?: boolean;
    org_deploy_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(join(import.meta.dirname, "..", "manifest.yml"), "utf8")) as Manifest;
const handled = handledNames();

describe("manifest.yml", () => {
  it("declares exactly the slash commands the app handles, each with a description and usage hint", () => {
    const commands = manifest.features?.slash_commands ?? [];
    expect(commands.map((c) => c.command).sort()).toEqual([...handled.commands].sort());
    for (const command of commands) {
      expect(command.description?.length ?? 0).toBeGreaterThan(10);
      expect(command.usage_hint?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it("subscribes to exactly the bot events the app handles", () => {
    expect([...(manifest.settings?.event_subscriptions?.bot_events ?? [])].sort()).toEqual(
      [...handled.events].sort(),
    );
  });

  it("turns interactivity on because the app handles block actions", () => {
    expect(handled.actions.length).toBeGreaterThan(0);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it("asks for only the bot scopes the handled commands, events and Web API calls need", () => {
    // conversations.history: a digest whose send had no answer is looked for before it is posted again.
    const needed = new Set<string>(["chat:write", "users:read", "channels:history", "groups:history"]);
    if (handled.commands.length > 0) needed.add("commands");
    if (handled.events.includes("app_mention")) needed.add("app_mentions:read");
    expect([...(manifest.oauth_config?.scopes?.bot ?? [])].sort()).toEqual([...needed].sort());
  });

  it("installs with a bot user, Socket Mode on and no org-wide deployment", () => {
    expect(manifest.display_information?.name).toBe("Briefbot");
    expect(manifest.display_information?.description?.length ?? 0).toBeGreaterThan(10);
    expect(manifest.features?.bot_user?.display_name).toBe("Briefbot");
    expect(manifest.settings?.socket_mode_enabled).toBe(true);
    expect(manifest.settings?.org_deploy_enabled).toBe(false);
  });
});
