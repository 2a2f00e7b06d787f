import { MAX_PICKS, PICK_ACTION } from "../../render/index.ts";
import type { ActionSpec } from "../listener-spec.ts";
import { replayingAction } from "./action-state.ts";

/** The buttons of a short list of meetings: each redraws the reply as that meeting's card, in place. */
export const pickActions: readonly ActionSpec[] = Array.from({ length: MAX_PICKS }, (_, at) =>
  replayingAction(`${PICK_ACTION}_${at + 1}`, "pick", (payload) => ({ replace_original: true, ...payload })),
);
