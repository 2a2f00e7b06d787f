/**
 * The gate in front of Bolt's HTTP receiver: every POST to /slack/events is read, checked and parsed here
 * before Bolt sees it, so no body can reach code that assumes a well-formed one. Signed `payload=null`,
 * a JSON `null`, a wrong content type → 400; a timestamp more than five minutes away either way, a bad
 * signature, or a signature already seen in the last five minutes → 401. Bolt still checks again.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HTTPModuleFunctions, isRawBodyError, type Logger } from "@slack/bolt";

/** What the gate needs. */
export interface RequestGuardOptions {
  signingSecret: string;
  /** Wall-clock milliseconds, as Slack stamps requests (not the app's business clock, which tests pin). */
  now: () => number;
  logger: Logger;
  /** Paths whose POSTs carry Slack requests (Bolt's default: /slack/events). */
  endpoints?: readonly string[];
  /** Largest accepted timestamp distance from the clock, either way (Slack's rule: five minutes). */
  maxSkewMs?: number;
  /** Largest body read, in bytes (Bolt's default). */
  bodyLimit?: number;
}

/** Why a request is turned away, and with which status. */
interface Refusal {
  status: 400 | 401 | 413;
  reason: string;
}

const FIVE_MINUTES_MS = 5 * 60_000;
const FORM = "application/x-www-form-urlencoded";
/** Signatures remembered at most; far above Slack's rate, so only a flood of valid replays could reach it. */
const MAX_REMEMBERED = 100_000;

/**
 * Returns `listener` behind the gate. Requests to other paths (health checks) pass untouched; the gate's
 * own failures answer 500 with an error id, never an unhandled rejection.
 * @example receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret, now: Date.now, logger })
 */
export function guardRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const endpoints = new Set(options.endpoints ?? ["/slack/events"]);
  const maxSkewMs = options.maxSkewMs ?? FIVE_MINUTES_MS;
  const seen = createSeenSignatures(maxSkewMs);

  async function check(req: IncomingMessage): Promise<Refusal | undefined> {
    let raw: Buffer;
    try {
      raw = (await HTTPModuleFunctions.bufferIncomingMessage(req, options.bodyLimit)).rawBody;
    } catch (error) {
      if (isRawBodyError(error) && (error.type === "entity.too.large" || error.statusCode === 413))
        return { status: 413, reason: "body too large" };
      return { status: 400, reason: "body could not be read" };
    }
    const type = mediaType(req.headers["content-type"]);
    if (type !== FORM && type !== "application/json") return { status: 400, reason: `content type ${type}` };
    const text = raw.toString("utf8");
    // Slack's unsigned SSL check; Bolt answers it and strips anything else it carries.
    if (type === FORM && new URLSearchParams(text).get("ssl_check") === "1") return undefined;
    const nowMs = options.now();
    const signed = verifySignature(req, text, options.signingSecret, nowMs, maxSkewMs);
    if (signed.refusal) return signed.refusal;
    if (!seen.add(signed.signature, signed.timestampMs, nowMs))
      return { status: 401, reason: "signature already seen (replay)" };
    if (!isObjectBody(text, type === FORM, req.headers["content-type"] === FORM))
      return { status: 400, reason: "body is not an object" };
    return undefined;
  }

  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method?.toUpperCase() !== "POST" || !endpoints.has(path)) {
      listener(req, res);
      return;
    }
    check(req).then(
      (refusal) => {
        if (refusal === undefined) {
          listener(req, res);
          return;
        }
        options.logger.warn(`refused a request to ${path} with ${refusal.status}: ${refusal.reason}`);
        answer(res, refusal.status);
      },
      (error: unknown) => {
        const errorId = randomBytes(4).toString("hex").toUpperCase();
        options.logger.error(`error id ${errorId} checking a request to ${path}:`, error);
        answer(res, 500);
      },
    );
  };
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/**
 * Returns the media type of a Content-Type header, lower-cased, without parameters.
 * @example mediaType("Application/JSON; charset=utf-8") // "application/json"
 */
export function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? "").split(";")[0]?.trim().toLowerCase() || "(none)";
}

type Verified =
  | { refusal: Refusal; signature?: never; timestampMs?: never }
  | {
      refusal?: never;
      signature: string;
      timestampMs: number;
    };

/** Checks X-Slack-Request-Timestamp (within maxSkewMs of now, either way) and X-Slack-Signature (v0 HMAC). */
function verifySignature(
  req: IncomingMessage,
  body: string,
  secret: string,
  nowMs: number,
  maxSkewMs: number,
): Verified {
  const stamp = req.headers["x-slack-request-timestamp"];
  const signature = req.headers["x-slack-signature"];
  if (typeof stamp !== "string" || typeof signature !== "string")
    return { refusal: { status: 401, reason: "signature headers missing" } };
  if (!/^\d{1,12}$/.test(stamp)) return { refusal: { status: 401, reason: "timestamp is not a number" } };
  const timestampMs = Number(stamp) * 1000;
  if (Math.abs(nowMs - timestampMs) > maxSkewMs)
    return { refusal: { status: 401, reason: "timestamp more than five minutes away" } };
  const expected = `v0=${createHmac("sha256", secret).update(`v0:${stamp}:${body}`).digest("hex")}`;
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)))
    return { refusal: { status: 401, reason: "signature mismatch" } };
  return { signature, timestampMs };
}

/**
 * Whether the body parses the way Bolt will parse it into a JSON object: a form's `payload` field as JSON,
 * a form without one as its fields, anything else as JSON.
 */
function isObjectBody(text: string, form: boolean, boltReadsForm: boolean): boolean {
  try {
    if (form && boltReadsForm) {
      const payload = new URLSearchParams(text).getAll("payload");
      if (payload.length === 0) return true;
      return payload.length === 1 && isPlainObject(JSON.parse(payload[0] as string));
    }
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Signatures of accepted requests until their timestamps leave the window; refuses a repeat. */
function createSeenSignatures(windowMs: number) {
  const expiries = new Map<string, number>();
  return {
    /** Remembers the signature until its timestamp is out of the window; false when already remembered. */
    add(signature: string, timestampMs: number, nowMs: number): boolean {
      if (expiries.has(signature)) return false;
      // Oldest first (insertion order): drop the expired, and the oldest when a flood fills the map.
      for (const [known, expiry] of expiries) {
        if (expiry > nowMs && expiries.size < MAX_REMEMBERED) break;
        expiries.delete(known);
      }
      expiries.set(signature, timestampMs + windowMs);
      return true;
    },
  };
}
