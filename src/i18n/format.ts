// Formatting helpers for the locale files: counts by the language's plural rules, clock times.

/** A text per CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: number) => string>> & { other: (count: number) => string };

/** Words a count the way `locale` does: "1 unread message", "3 unread messages", Arabic's dual and few forms. */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  let rules: Intl.PluralRules | undefined;
  return (count) => {
    rules ??= new Intl.PluralRules(locale);
    return (forms[rules.select(count)] ?? forms.other)(count);
  };
}

/** A time of day ("14:05", "2:05 PM") as `locale` writes it; `undefined`: the browser's own format. */
export function clockTime(locale: string | undefined): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })).format(date);
}

/** A `Retry-After` value: a number of seconds, worded by `seconds`, or an HTTP date as it came. */
export function retryDelay(value: string, seconds: (count: number) => string): string {
  return /^\d+$/.test(value) ? seconds(Number(value)) : value;
}
