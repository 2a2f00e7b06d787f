import type { CommandSpec } from "../listener-spec.ts";
import { commandListener } from "./command-listener.ts";

/** /meeting: answered through response_url, ephemeral. */
export const meetingCommand: CommandSpec = {
  kind: "command",
  name: "/meeting",
  listener: (deps) => commandListener("meeting", deps),
};
