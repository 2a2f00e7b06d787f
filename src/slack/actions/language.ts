import { LANG_ACTION } from "../../render/index.ts";
import { replayingAction } from "./action-state.ts";

/** "Show in…": redraws the reply in the chosen language, in place. */
export const languageAction = replayingAction(LANG_ACTION, "language", (payload) => ({
  replace_original: true,
  ...payload,
}));
