import type { App } from "@slack/bolt";
import { languageAction } from "./actions/language.ts";
import { pickActions } from "./actions/pick.ts";
import { shareAction } from "./actions/share.ts";
import { translationAction } from "./actions/translation.ts";
import { briefCommand } from "./commands/brief.ts";
import { digestCommand } from "./commands/digest.ts";
import { meetingCommand } from "./commands/meeting.ts";
import type { SlackDeps } from "./deps.ts";
import { appMentionEvent } from "./events/app-mention.ts";
import type { ListenerSpec } from "./listener-spec.ts";

/** Every listener Briefbot registers; the manifest must declare exactly these commands and events. */
export const LISTENERS: readonly ListenerSpec[] = [
  briefCommand,
  meetingCommand,
  digestCommand,
  appMentionEvent,
  shareAction,
  languageAction,
  translationAction,
  ...pickActions,
];

/** What the app handles, by kind, as derived from {@link LISTENERS}. */
export interface HandledNames {
  commands: string[];
  events: string[];
  actions: string[];
}

/** Returns the commands, events and action ids the registered listeners handle. */
export function handledNames(listeners: readonly ListenerSpec[] = LISTENERS): HandledNames {
  const names = (kind: ListenerSpec["kind"]): string[] =>
    listeners.filter((spec) => spec.kind === kind).map((spec) => spec.name);
  return { commands: names("command"), events: names("event"), actions: names("action") };
}

/** Registers every listener on the app. */
export function registerListeners(
  app: App,
  deps: SlackDeps,
  listeners: readonly ListenerSpec[] = LISTENERS,
): void {
  for (const spec of listeners) {
    switch (spec.kind) {
      case "command":
        app.command(spec.name, spec.listener(deps));
        break;
      case "event":
        app.event(spec.name, spec.listener(deps));
        break;
      case "action":
        app.action(spec.name, spec.listener(deps));
        break;
    }
  }
}
