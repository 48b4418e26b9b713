import type { CountedStates } from '@syt/core/api/reports.ts';
import { hasRootScope, roleAllows, type Actor } from '../access/access.policy.ts';
import { requireMetadataAuthority } from '../access/access.service.ts';
import { countedStates, saveCountedStates } from './report-forms.service.ts';
import type { ReportCtx } from './reports.service.ts';

/** The form states every report counts; any signed-in user may read them (the editor explains its figures). */
export async function getCountedStates(ctx: ReportCtx, actor: Actor): Promise<CountedStates> {
  return { states: await countedStates(ctx.db, {}), canChange: mayChange(actor) };
}

/** Sets the counted states for the whole installation: like metadata, only an administrator of a root unit. */
export async function putCountedStates(ctx: ReportCtx, actor: Actor, states: readonly string[]): Promise<CountedStates> {
  requireMetadataAuthority(actor);
  return { states: await saveCountedStates(ctx.db, states, 'states'), canChange: true };
}

const mayChange = (actor: Actor) => roleAllows(actor.role, 'administer') && hasRootScope(actor);
