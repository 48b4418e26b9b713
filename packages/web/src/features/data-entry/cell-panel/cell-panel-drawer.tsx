import { Affix, Button, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import type { FormKey } from '../data-entry-types.ts';
import { CellPanel, type ActiveCell } from './cell-panel.tsx';

const p = vi.dataEntry.panel;

/**
 * The cell panel on narrow screens, where beside the grid it would sit below the whole form (2,500 px down on a
 * phone): a floating button names the focused cell and opens the panel as a bottom drawer. It opens only on request,
 * so typing through the grid is not interrupted.
 */
export function CellPanelDrawer({ formKey, active }: { formKey: FormKey; active: ActiveCell | null }) {
  const [opened, { open, close }] = useDisclosure(false);
  if (!active) return null;
  return (
    <>
      <Affix position={{ bottom: 12, left: 12 }} zIndex={150}>
        <Button
          leftSection={<IconInfoCircle size={16} />}
          maw="calc(100vw - 24px)"
          styles={{ label: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' } }}
          onClick={open}
          data-testid="cell-panel-open"
        >
          {p.open(active.label)}
        </Button>
      </Affix>
      <Drawer opened={opened} onClose={close} position="bottom" size="75%" title={p.title}>
        <CellPanel formKey={formKey} active={active} />
      </Drawer>
    </>
  );
}
