import { Code } from '@mantine/core';

/** A metadata code, in monospace. */
export function CodeCell({ code }: { code: string }) {
  return <Code fz="xs">{code}</Code>;
}
