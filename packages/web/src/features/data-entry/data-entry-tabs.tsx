import { Tabs } from '@mantine/core';
import { IconFileImport, IconTable } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';
import { mayEnterData } from '../auth/role-rights.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';

/** Nhập theo biểu mẫu | Nhập, xuất tệp: the two pages of Nhập liệu (named for reading to a role that enters nothing). */
export function DataEntryTabs({ current }: { current: 'form' | 'files' }) {
  const navigate = useNavigate();
  const tabs = mayEnterData(useCurrentUser().role) ? vi.dataEntry.tabs : vi.dataEntry.readOnlyTabs;
  return (
    <Tabs
      value={current}
      onChange={(tab) => void navigate({ to: tab === 'files' ? '/nhap-lieu/nhap-tep' : '/nhap-lieu' })}
      mb="md"
    >
      <Tabs.List>
        <Tabs.Tab value="form" leftSection={<IconTable size={16} />} data-testid="tab-form">
          {tabs.form}
        </Tabs.Tab>
        <Tabs.Tab value="files" leftSection={<IconFileImport size={16} />} data-testid="tab-files">
          {tabs.files}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
