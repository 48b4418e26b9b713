import { Card, Stack, Title } from '@mantine/core';
import { memo } from 'react';
import type { FormSection } from '../data-entry-types.ts';
import { BlockTable } from './block-table.tsx';

/** The form's sections, one card each, with a table per block. */
export const FormGrid = memo(function FormGrid({ sections }: { sections: readonly FormSection[] }) {
  return (
    <Stack gap="md">
      {sections.map((section) => (
        <Card key={section.code} withBorder radius="md" padding="md" data-testid={`section-${section.code}`}>
          <Title order={3} size="h5" mb="sm">
            {section.name}
          </Title>
          <Stack gap="sm">
            {section.blocks.map((block, b) => (
              <BlockTable key={b} block={block} testId={`block-${section.code}-${b}`} />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
});
