import { Code } from '@mantine/core';
import { Fragment } from 'react';

/** A metadata code in monospace; long codes may break after an underscore rather than squeeze other columns. */
export function CodeCell({ code }: { code: string }) {
  const parts = code.split('_');
  return (
    <Code fz="xs">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </Fragment>
      ))}
    </Code>
  );
}
