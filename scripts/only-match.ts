/** The one match of `pattern` (a global regular expression) in the built index.html; fails on none or several. */
export function onlyMatch(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const matches = [...html.matchAll(pattern)];
  const [match] = matches;
  if (matches.length !== 1 || !match)
    throw new Error(`Expected one ${what} in index.html, found ${String(matches.length)}`);
  return match;
}
