import { parseSearchWith, stringifySearchWith } from '@tanstack/react-router';

// Search values stay plain strings both ways, so a form's address reads `?orgUnit=615&period=202311`
// (the router's default JSON encoding would turn those into numbers and quote them back as `%22615%22`).
const keepText = (value: string): string => value;

/** Reads `?a=b` into `{ a: 'b' }` without guessing types. */
export const parseSearch = parseSearchWith(keepText);

/** Writes strings as they are; only objects and arrays would be JSON-encoded. */
export const stringifySearch = stringifySearchWith(JSON.stringify);
