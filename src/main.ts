/** The process entry: runs one command line and sets the exit code. May import only cli/. */
import { holdHeapGrowth, main } from "./cli/index.ts";

// Before the corpus is loaded: a large archive's start and answers would otherwise grow the heap to several
// times what they hold.
holdHeapGrowth();

process.exitCode = await main(process.argv.slice(2));
