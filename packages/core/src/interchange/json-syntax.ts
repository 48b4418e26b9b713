/** Turns V8's English `JSON.parse` errors into a Vietnamese detail naming the line and column when V8 gives them. */
import { jsonSyntax } from './messages.ts';

/** A Vietnamese description of why `text` failed to parse with `error`. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return jsonSyntax.at(line, column);
  }
  if (/Unexpected end/.test(message)) return jsonSyntax.unexpectedEnd();
  const token = /Unexpected token '(.+?)'/.exec(message);
  return token ? jsonSyntax.unexpectedToken(token[1]!) : jsonSyntax.other();
}

// 1-based line and column of a character offset.
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
