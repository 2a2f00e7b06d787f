/** Command line: `briefbot …`, the local console, the printers, the start of the bot. May use every room, slack/ included. */
export { holdHeapGrowth } from "../core/index.ts";
export { main } from "./cli.ts";
