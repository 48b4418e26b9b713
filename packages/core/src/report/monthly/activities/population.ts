/** Section 4 (Dân số, sức khỏe sinh sản và dinh dưỡng): behaviour-change communication and contraceptives, then staff's text. */
import { formatCount } from '../../../vi/number.ts';
import type { Block, FigureRef, GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { cite, countOf, generatedBlock, readFigures } from './read.ts';
import { capitalise, joinWithAnd } from './words.ts';

/** Section 4's paragraphs. */
export function populationBlocks(ctx: WriterContext): Block[] {
  return [...communicationBlock(ctx), ...contraceptivesBlock(ctx), freeSlot('population')];
}

/** `truyền thông nhóm (431 lần/5.852 lượt người)`: an activity with its non-zero counts, or nothing. */
function activity(name: string, counts: readonly [FigureRef, string][]): string | null {
  const stated = counts
    .filter(([ref]) => countOf(ref) > 0)
    .map(([ref, unit]) => `${formatCount(countOf(ref))} ${unit}`);
  return stated.length > 0 ? `${name} (${stated.join('/')})` : null;
}

/** `- Hoạt động truyền thông chuyển đổi hành vi: Truyền thông nhóm (431 lần/5.852 lượt người), …, sinh hoạt câu lạc bộ (32 lần).` */
function communicationBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, {
    groupSessions: 'DS_GROUP_SESSIONS',
    groupPeople: 'DS_GROUP_PEOPLE',
    householdVisits: 'DS_HOUSEHOLD_VISITS',
    householdPeople: 'DS_HOUSEHOLD_PEOPLE',
    clubMeetings: 'DS_CLUB_MEETINGS',
  });
  const activities = [
    activity('truyền thông nhóm', [
      [f.groupSessions, 'lần'],
      [f.groupPeople, 'lượt người'],
    ]),
    activity('truyền thông tư vấn tại hộ gia đình', [
      [f.householdVisits, 'hộ'],
      [f.householdPeople, 'người'],
    ]),
    activity('sinh hoạt câu lạc bộ', [[f.clubMeetings, 'lần']]),
  ].filter((a): a is string => a !== null);
  if (activities.length === 0) return [];
  // The seed lists the activities with commas only, no "và" before the last.
  const text = `- Hoạt động truyền thông chuyển đổi hành vi: ${capitalise(activities.join(', '))}.`;
  return generatedBlock('population.communication', [sentence(text, cite(f))]);
}

/** `- Cung cấp phương tiện tránh thai: 4.115 vỉ thuốc uống tránh thai và 173 vòng tránh thai.` when any was given. */
function contraceptivesBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, { pills: 'DS_PILLS', iud: 'DS_IUD' });
  const items = [
    countOf(f.pills) > 0 ? `${formatCount(countOf(f.pills))} vỉ thuốc uống tránh thai` : '',
    countOf(f.iud) > 0 ? `${formatCount(countOf(f.iud))} vòng tránh thai` : '',
  ].filter(Boolean);
  if (items.length === 0) return [];
  const text = `- Cung cấp phương tiện tránh thai: ${joinWithAnd(items)}.`;
  return generatedBlock('population.contraceptives', [sentence(text, cite(f))]);
}
