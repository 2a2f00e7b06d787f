/** Command line: `briefbot …`, the local console, the printers, the start of the bot. May use every room, slack/ included. */
export { main } from "./cli.ts";
