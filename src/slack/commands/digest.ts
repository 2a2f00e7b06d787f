import type { CommandSpec } from "../listener-spec.ts";
import { commandListener } from "./command-listener.ts";

/** /digest: answered through response_url, ephemeral. */
export const digestCommand: CommandSpec = {
  kind: "command",
  name: "/digest",
  listener: (deps) => commandListener("digest", deps),
};
