/** Where background work (rescans, the digest scheduler) reports; the console and Bolt's logger both fit. */
export interface Logger {
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}
