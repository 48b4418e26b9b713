import { Anchor, Group, Text } from '@mantine/core';
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { IconPaperclip } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';

interface AttachmentListProps {
  files: readonly AttachmentRef[];
  /** The download address of one file (each resource has its own route). */
  href: (file: AttachmentRef) => string;
}

/** Attached files as download links with their size. */
export function AttachmentList({ files, href }: AttachmentListProps) {
  if (files.length === 0) return null;
  return (
    <Group gap="md" data-testid="attachments">
      {files.map((file) => (
        <Group key={file.id} gap={4} wrap="nowrap">
          <IconPaperclip size={14} />
          <Anchor href={href(file)} size="sm" download={file.fileName}>
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            ({vi.files.size(file.size)})
          </Text>
        </Group>
      ))}
    </Group>
  );
}
