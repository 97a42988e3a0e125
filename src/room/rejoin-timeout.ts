export const DEFAULT_REJOIN_TIMEOUT_S = 60;

/** `rejoin-timeout` in seconds as the attribute gave it: 0 disables, anything not a number ≥ 0 falls back to 60. */
export function rejoinTimeoutMs(seconds: number | undefined): number {
  const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_REJOIN_TIMEOUT_S;
  return valid * 1000;
}
