/**
 * The months of `year` counted on `today` (ISO date, Vietnam): January to the last month that has ended; none before
 * the year's first month has ended. A past year counts all twelve. A month still running has no complete figures,
 * so neither a target's achievement nor a report's results speak for it.
 */
export function monthsCounted(year: number, today: string): number {
  const [todayYear, todayMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (todayYear > year) return 12;
  if (todayYear < year) return 0;
  return todayMonth - 1;
}
