import { stringifySearchWith } from '@tanstack/react-router';

// Search values stay plain strings both ways, so a form's address reads `?orgUnit=615&period=202311`:
// the router's default would read those as numbers (and `015` would lose its zero), then quote them back.

/** Reads `?a=b&c=1` into `{ a: 'b', c: '1' }` without guessing types. */
export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

/** Writes strings as they are; only objects and arrays would be JSON-encoded. */
export const stringifySearch = stringifySearchWith(JSON.stringify);
