import type { CommandSpec } from "../listener-spec.ts";
import { commandListener } from "./command-listener.ts";

/** /brief: answered through response_url, ephemeral. */
export const briefCommand: CommandSpec = {
  kind: "command",
  name: "/brief",
  listener: (deps) => commandListener("brief", deps),
};
