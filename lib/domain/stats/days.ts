/** Calendar arithmetic on `YYYY-MM-DD` days, independent of the time zone (the day strings are already local). */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

export function dayString(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** The week a day falls in, counted in weeks that start on Monday (1970-01-01 was a Thursday). */
export function weekNumber(dayNo: number): number {
  return Math.floor((dayNo + 3) / 7);
}

/** The Monday that starts a week, `YYYY-MM-DD`: how weeks are labelled. */
export function weekStart(week: number): string {
  return dayString(week * 7 - 3);
}

/** Every day from `first` to `last`, both included. */
export function daySpan(first: number, last: number): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(dayString(day));
  return days;
}
