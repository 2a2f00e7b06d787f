/** Why one request to the translation server gave no usable translation; the message goes in the log line. */
export class TranslateFailure extends Error {
  override name = "TranslateFailure";
}

const MAX_DETAIL_CHARS = 200;

/**
 * Returns the base URL as the log names it: no credentials, query or trailing slash.
 * @example serverName("http://user:pw@mt.local:5000/?x=1") // "http://mt.local:5000"
 */
export function serverName(base: string): string {
  try {
    const url = new URL(base);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    return base;
  }
}

/**
 * Returns the URL of an endpoint under a base URL, whether or not the base ends with a slash.
 * @example endpointUrl("http://localhost:11434/v1/", "/chat/completions") // "http://localhost:11434/v1/chat/completions"
 */
export function endpointUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path}`;
}

/** Returns what an error body says, from LibreTranslate's {error} or OpenAI's {error: {message}}. */
function errorDetail(text: string): string {
  let detail = text;
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && "error" in body) {
      const error = body.error;
      if (typeof error === "string") detail = error;
      else if (error && typeof error === "object" && "message" in error && typeof error.message === "string")
        detail = error.message;
    }
  } catch {
    // Not JSON: the raw text says what it says.
  }
  const oneLine = detail.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_DETAIL_CHARS ? `${oneLine.slice(0, MAX_DETAIL_CHARS)}…` : oneLine;
}

function statusMeaning(status: number): string {
  if (status === 401 || status === 403) return " (wrong or missing API key?)";
  if (status === 400) return " (unsupported language pair or refused request?)";
  if (status === 429) return " (rate limited)";
  return "";
}

/** Returns a one-line reason for a fetch that threw, e.g. "no answer within 8000 ms". */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `no answer within ${timeoutMs} ms`;
  if (error instanceof TranslateFailure) return error.message;
  const cause = error instanceof Error ? error.cause : undefined;
  const code =
    cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string"
      ? cause.code
      : undefined;
  if (code) return `unreachable (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** One request's limits: the signal that ends it and the timeout it stands for (named in the log line). */
export interface RequestLimit {
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * POSTs a JSON body and returns the parsed JSON reply; throws a TranslateFailure naming the reason when
 * the server errs, is slow past the limit (headers and body together), is unreachable or answers non-JSON.
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  limit: RequestLimit,
): Promise<unknown> {
  const { signal, timeoutMs } = limit;
  let status: number;
  let text: string;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
      signal,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw new TranslateFailure(networkReason(error, timeoutMs));
  }
  if (status < 200 || status > 299)
    throw new TranslateFailure(`HTTP ${status}${statusMeaning(status)}: ${errorDetail(text) || "no detail"}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new TranslateFailure(`HTTP ${status} but the reply is not JSON: ${errorDetail(text)}`);
  }
}
