import { Alert, Button, Group, Stack, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../../api/download.ts';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { appendixUrl, type Appendix } from './targets-api.ts';

const APPENDICES: readonly Appendix[] = ['I', 'II'];

/** Phụ lục I and II of the unit's year as .xlsx; a refusal (no target to put in it) is shown beside the buttons. */
export function AppendixDownloads({ org, year }: { org: string; year: number }) {
  const download = useMutation({ mutationFn: (url: string) => downloadFile(url, 'phu-luc-chi-tieu.xlsx') });
  const hint = { I: t.appendices.hintI, II: t.appendices.hintII };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {APPENDICES.map((appendix) => {
          const url = appendixUrl(org, year, appendix);
          return (
            <Tooltip key={appendix} label={hint[appendix]}>
              <Button
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
                loading={download.isPending && download.variables === url}
                onClick={() => download.mutate(url)}
                data-testid={`targets-appendix-${appendix}`}
              >
                {t.appendices[appendix]}
              </Button>
            </Tooltip>
          );
        })}
      </Group>
      {/* The refusal stays while the unit and year it answered are the ones on screen. */}
      {download.isError && APPENDICES.some((a) => appendixUrl(org, year, a) === download.variables) && (
        <Alert color="orange" title={t.appendices.failed} data-testid="targets-appendix-error">
          {errorMessage(download.error, vi.errors.unexpected)}
        </Alert>
      )}
    </Stack>
  );
}
