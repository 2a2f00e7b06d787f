/** The process entry: runs one command line and sets the exit code. May import only cli/. */
import { main } from "./cli/index.ts";

process.exitCode = await main(process.argv.slice(2));
