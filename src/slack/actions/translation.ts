import { TRANSLATION_ACTION } from "../../render/index.ts";
import { replayingAction } from "./action-state.ts";

/** "Show original" / "Show translation": redraws the reply in place with the text as written, or translated. */
export const translationAction = replayingAction(TRANSLATION_ACTION, "translation", (payload) => ({
  replace_original: true,
  ...payload,
}));
