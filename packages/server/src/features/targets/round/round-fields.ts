/**
 * The round a request holds and the fields of its items. A district's proposal for an item of a field goes to the
 * field's provincial unit (the CDC, a sub-department) to be agreed before the department approves it (seed 002); the
 * provincial units' own proposals, and items of no field, go straight to the department.
 */
import type { TargetField } from '@syt/core/api/requests.ts';
import type { OrgUnitType } from '@syt/core/metadata/types.ts';
import { notFound } from '../../../errors.ts';
import type { StoredDeliverable } from '../../requests/requests.presenter.ts';
import { roundMessages as m } from './round.messages.ts';

export type Round = Extract<StoredDeliverable, { kind: 'TARGETS' }>;

/** The request's round; 404 for a request without one. */
export function roundOf(request: { deliverables: string }): Round {
  const round = (JSON.parse(request.deliverables) as StoredDeliverable[]).find((d): d is Round => d.kind === 'TARGETS');
  if (!round) throw notFound(m.noRound);
  return round;
}

/** The field that agrees a unit's proposal for an item: none for a provincial unit's own, or an item of no field. */
export function agreeingField(round: Round, unitType: OrgUnitType, item: string): TargetField | undefined {
  if (unitType !== 'AREA') return undefined;
  return (round.fields ?? []).find((f) => f.items.includes(item));
}
