import { Alert, Badge, Button, Card, Loader, Table, Text, Title } from '@mantine/core';
import type { ApiTokenView } from '@syt/core/auth/api-token-views.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiTokensVi } from '../../i18n/api-tokens.vi.ts';
import { formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { apiTokensKey, fetchApiTokens, revokeApiToken } from './api-tokens-api.ts';

const t = apiTokensVi.list;
const STATUS_COLOR = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

/** Các mã của bạn: every token of the user with its state, and a button to revoke the live ones. */
export function TokenList() {
  const tokens = useQuery({ queryKey: apiTokensKey, queryFn: fetchApiTokens });
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: apiTokensKey }),
  });
  const ask = (token: ApiTokenView) => {
    if (window.confirm(t.revokeConfirm(token.name))) revoke.mutate(token.id);
  };
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={3} size="h4" mb="sm">
        {t.title}
      </Title>
      {revoke.isError && <Alert color="red" mb="sm">{errorMessage(revoke.error, vi.errors.unexpected)}</Alert>}
      {tokens.isPending ? (
        <Loader size="sm" aria-label={vi.common.loading} />
      ) : tokens.isError ? (
        <Alert color="red">{errorMessage(tokens.error, vi.errors.unexpected)}</Alert>
      ) : tokens.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="api-token-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.name}</Table.Th>
                <Table.Th>{t.status}</Table.Th>
                <Table.Th>{t.created}</Table.Th>
                <Table.Th>{t.expires}</Table.Th>
                <Table.Th>{t.lastUsed}</Table.Th>
                <Table.Th>{t.addresses}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[token.status]} style={{ overflow: 'visible' }} miw="max-content">
                      {apiTokensVi.status[token.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatVietnamDateTime(token.createdAt)}</Table.Td>
                  <Table.Td>{formatVietnamDateTime(token.expiresAt)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatVietnamDateTime(token.lastUsedAt) : t.never}</Table.Td>
                  <Table.Td>{token.allowedAddresses ? token.allowedAddresses.join(', ') : t.anyAddress}</Table.Td>
                  <Table.Td>
                    {token.status === 'active' && (
                      <Button size="xs" color="red" variant="light" loading={revoke.isPending && revoke.variables === token.id} onClick={() => ask(token)}>
                        {t.revoke}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
