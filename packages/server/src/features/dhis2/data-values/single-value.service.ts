import { DEFAULT_CATEGORY_COMBO_UID } from '@syt/core/metadata/uid.ts';
import type { Clock } from '../../../clock.ts';
import type { Database } from '../../../db/database.ts';
import { AppError, badRequest } from '../../../errors.ts';
import type { Actor } from '../../access/access.policy.ts';
import { saveDataValue } from '../../data-entry/cell-save.service.ts';
import { resolveCell, type CellInput } from '../../data-entry/cell.service.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import { readIdentifiers, type Identifiers } from '../identifiers.repository.ts';
import type { CellQuery, SaveQuery } from './single-value.schema.ts';
import { readCellValue, setFollowUp } from './single-value.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** A DHIS2 identifier (UID, as DHIS2 sends; a code is accepted too) as SYT's code; unknown ones stay as given. */
const codeOf = (ids: Identifiers, kind: keyof Identifiers, id: string) => ids[kind].toCode(id, 'UID') ?? id;

/**
 * The cell a single-value call names, in SYT's codes. SYT's data entry stores no attribute combo: `cc`/`cp` are
 * accepted only for DHIS2's default, refused otherwise rather than written to the default.
 */
async function cellOf(ctx: Ctx, q: CellQuery): Promise<CellInput> {
  if ((q.cc && q.cc !== DEFAULT_CATEGORY_COMBO_UID) || q.cp) {
    throw badRequest(m.attributeComboUnsupported, [{ field: q.cp ? 'cp' : 'cc', message: m.attributeComboUnsupported }]);
  }
  const ids = await readIdentifiers(ctx.db);
  return {
    dataElement: codeOf(ids, 'dataElement', q.de),
    orgUnit: codeOf(ids, 'orgUnit', q.ou),
    period: q.pe,
    categoryOptionCombo: q.co ? codeOf(ids, 'categoryOptionCombo', q.co) : 'default',
  };
}

/** GET /api/dataValues: the stored value as DHIS2 lists it (`["12"]`), 404 when the cell is empty. */
export async function readSingleValue(ctx: Ctx, actor: Actor, q: CellQuery): Promise<string[]> {
  const cell = await resolveCell(ctx.db, actor, 'read', await cellOf(ctx, q));
  const stored = await readCellValue(ctx.db, cell.key);
  if (!stored) throw new AppError(404, 'NOT_FOUND', m.noValue);
  return [stored.value];
}

/** POST /api/dataValues: stores (or, with an empty value, deletes) one value through SYT's data entry. */
export async function saveSingleValue(ctx: Ctx, actor: Actor, q: SaveQuery): Promise<void> {
  const cell = await cellOf(ctx, q);
  if (q.value === undefined && q.comment === undefined && q.followUp === undefined) {
    throw badRequest(m.valueRequired, [{ field: 'value', message: m.valueRequired }]);
  }
  // DHIS2 keeps the stored value when only a comment or the follow-up mark is sent.
  const value = q.value ?? (await readSingleValue(ctx, actor, q).then((v) => v[0]!, () => ''));
  await saveDataValue(ctx, actor, { ...cell, value, ...(q.comment === undefined ? {} : { comment: q.comment }) });
  if (q.followUp !== undefined && value !== '') {
    const { key } = await resolveCell(ctx.db, actor, 'enter', cell);
    await setFollowUp(ctx.db, key, q.followUp);
  }
}

/** DELETE /api/dataValues: removes one value through SYT's data entry (audited, entry window and scope checked). */
export async function deleteSingleValue(ctx: Ctx, actor: Actor, q: CellQuery): Promise<void> {
  const cell = await cellOf(ctx, q);
  const { key } = await resolveCell(ctx.db, actor, 'enter', cell);
  if (!(await readCellValue(ctx.db, key))) throw new AppError(404, 'NOT_FOUND', m.noValue);
  await saveDataValue(ctx, actor, { ...cell, value: '' });
}
