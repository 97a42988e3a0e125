// Where keyboard focus is, through shadow roots.

/** The innermost focused element. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element's part names (its tag name when it has none), for assertions that read well. */
export function focusedPart(): string {
  const active = deepActive();
  return active?.getAttribute('part') ?? `<${active?.localName ?? 'nothing'}>`;
}
