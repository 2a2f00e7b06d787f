// Runs one translation in a process of its own, as a second Briefbot instance or a later CLI run would.
import { openSqliteStore } from "../../src/store/sqlite.ts";
import { createTranslator, type TranslateSettings } from "../../src/translate/index.ts";

interface Job {
  file: string;
  settings: TranslateSettings;
  segments: string[];
  source: string;
  target: string;
}

process.once("message", async (job: Job) => {
  const store = await openSqliteStore({ file: job.file });
  const translator = createTranslator(job.settings, {
    store,
    clock: () => new Date(),
    logger: { warn: () => undefined },
  });
  const result = await translator.translate(job.segments, job.source, job.target);
  await store.close();
  process.send?.(result, () => process.exit(0));
});
