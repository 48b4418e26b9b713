import { Button, Card, Group, Loader, Modal, Select, Text } from '@mantine/core';
import type { TargetView } from '@syt/core/api/targets.ts';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { IconTargetArrow } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { orgUnitsQuery } from '../org-units/org-units-query.ts';
import { AppendixDownloads } from './appendix-downloads.tsx';
import { TargetForm } from './target-form.tsx';
import { TargetHistory } from './target-history.tsx';
import { targetsQuery } from './targets-api.ts';
import type { TargetsSearch } from './targets-search.ts';
import { TargetsTable } from './targets-table.tsx';

const SETTERS = new Set(['admin', 'staff']);

/** Báo cáo › Chỉ tiêu kế hoạch: a unit's and its subordinates' targets of a year, their achievement, and who sets them. */
export function TargetsPage({ search }: { search: TargetsSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const thisYear = Number(serverToday().slice(0, 4));
  const org = search.org ?? user.orgUnit.code;
  const year = search.year ?? thisYear;
  const units = useQuery(orgUnitsQuery(`${year}-12-31`));
  const unitOptions = subtree(units.data ?? [], user.orgUnit.code).map((u) => ({ value: u.code, label: u.name }));
  const targets = useQuery(targetsQuery(org, year));
  const [editing, setEditing] = useState<{ adjusting?: TargetView } | null>(null);
  const [history, setHistory] = useState<TargetView | null>(null);
  const canSet = SETTERS.has(user.role);
  const go = (next: TargetsSearch) => void navigate({ to: '/bao-cao/chi-tieu', search: { org, year, ...next } });
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card withBorder radius="md" padding="md" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={t.orgUnit}
              data={unitOptions.some((o) => o.value === org) ? unitOptions : [...unitOptions, { value: org, label: org }]}
              value={org}
              onChange={(code) => code && go({ org: code })}
              searchable
              filter={foldedFilter}
              allowDeselect={false}
              w={{ base: '100%', sm: 280 }}
              data-testid="targets-org-unit"
            />
            <Select
              label={t.year}
              data={years}
              value={String(year)}
              onChange={(y) => y && go({ year: Number(y) })}
              allowDeselect={false}
              w={120}
              data-testid="targets-year"
            />
          </Group>
          <Group gap="xs" align="flex-start">
            <AppendixDownloads org={org} year={year} />
            {canSet && (
              <Button leftSection={<IconTargetArrow size={16} />} onClick={() => setEditing({})} data-testid="target-set">
                {t.set}
              </Button>
            )}
          </Group>
        </Group>
      </Card>
      <Card withBorder radius="md" padding="md">
        {targets.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {targets.isError && <LoadError error={targets.error} onRetry={() => void targets.refetch()} />}
        {targets.data?.length === 0 && <Text size="sm">{t.none}</Text>}
        {targets.data && targets.data.length > 0 && (
          <TargetsTable
            targets={targets.data}
            canSet={canSet}
            onAdjust={(target) => setEditing({ adjusting: target })}
            onHistory={setHistory}
          />
        )}
      </Card>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.adjusting ? t.form.adjustTitle : t.form.title} size="lg" centered>
        {editing && <TargetForm year={year} units={unitOptions} {...editing} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal opened={history !== null} onClose={() => setHistory(null)} title={history ? t.historyTitle(history.item.name, history.orgUnit.name) : ''} size="lg" centered>
        {history && <TargetHistory id={history.id} canAttach={canSet} />}
      </Modal>
    </>
  );
}

/** A unit and everything under it that the list holds, the unit first, then level by level. */
function subtree(units: readonly OrgUnit[], root: string): OrgUnit[] {
  const children = new Map<string, OrgUnit[]>();
  for (const u of units) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);
  const out = units.filter((u) => u.code === root);
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!.code) ?? []).sort((a, b) => a.sortOrder - b.sortOrder));
  return out;
}
