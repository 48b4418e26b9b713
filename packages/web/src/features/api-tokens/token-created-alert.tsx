import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { CreatedApiTokenView } from '@syt/core/auth/api-token-views.ts';
import { apiTokensVi } from '../../i18n/api-tokens.vi.ts';

const t = apiTokensVi.created;

/** The new token, shown this once, with a copy button; gone for good once dismissed. */
export function TokenCreatedAlert({ token, onDone }: { token: CreatedApiTokenView; onDone: () => void }) {
  return (
    <Alert color="yellow" title={t.title}>
      <Stack gap="sm">
        <Text size="sm">{t.intro}</Text>
        <Code block data-testid="api-token-value">
          {token.token}
        </Code>
        <Group gap="sm">
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t.copied : t.copy}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            {t.done}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
