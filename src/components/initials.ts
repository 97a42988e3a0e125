/** Up to two initials for an avatar; names are user input, so anything unexpected falls back to "?". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters.map((word) => Array.from(word)[0].toLocaleUpperCase()).join('') || '?';
}
