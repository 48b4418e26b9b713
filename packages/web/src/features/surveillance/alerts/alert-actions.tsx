import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { AlertView } from '@syt/core/api/surveillance.ts';
import { IconCheck, IconFlame, IconX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { notifyDone, notifyFailed } from '../../reports/notify.ts';
import { verifyAlert } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';
import { DismissAlertModal } from './dismiss-alert-modal.tsx';
import { OpenOutbreakModal } from './open-outbreak-modal.tsx';

const t = survVi.alerts;

/** Xác minh, Bỏ qua, Mở ổ dịch: only what the server says the user may do with this alert now. */
export function AlertActions({ alert }: { alert: AlertView }) {
  const [dismissing, dismissModal] = useDisclosure(false);
  const [opening, outbreakModal] = useDisclosure(false);
  const verify = useSurveillanceChange(
    () => verifyAlert(alert.id),
    () => notifyDone(t.verified),
  );
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      {alert.outbreakId !== null && (
        <Button
          size="compact-sm"
          variant="light"
          color="grape"
          renderRoot={(props) => (
            <Link to="/giam-sat/o-dich/$outbreakId" params={{ outbreakId: String(alert.outbreakId) }} {...props} />
          )}
        >
          {t.viewOutbreak}
        </Button>
      )}
      {alert.can.verify && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconCheck size={14} />}
          loading={verify.isPending}
          onClick={() => verify.mutate(undefined, { onError: notifyFailed })}
          data-testid="alert-verify"
        >
          {t.verify}
        </Button>
      )}
      {alert.can.dismiss && (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconX size={14} />}
          onClick={dismissModal.open}
          data-testid="alert-dismiss"
        >
          {t.dismiss}
        </Button>
      )}
      {alert.can.openOutbreak && (
        <Button
          size="compact-sm"
          color="grape"
          leftSection={<IconFlame size={14} />}
          onClick={outbreakModal.open}
          data-testid="alert-open-outbreak"
        >
          {t.openOutbreak}
        </Button>
      )}
      {alert.can.dismiss && <DismissAlertModal alert={alert} opened={dismissing} onClose={dismissModal.close} />}
      {alert.can.openOutbreak && <OpenOutbreakModal alert={alert} opened={opening} onClose={outbreakModal.close} />}
    </Group>
  );
}
