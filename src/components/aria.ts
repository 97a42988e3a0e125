/**
 * A boolean as an ARIA state value ('true' / 'false'). `undefined` stays `undefined`, for
 * `ifDefined()` to leave the attribute out.
 */
export function ariaState(value: boolean): 'true' | 'false';
export function ariaState(value: boolean | undefined): 'true' | 'false' | undefined;
export function ariaState(value: boolean | undefined): 'true' | 'false' | undefined {
  if (value === undefined) return undefined;
  return value ? 'true' : 'false';
}
