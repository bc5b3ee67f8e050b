/** Article counts by month for the timeline and the date pages. */

/** One year of the timeline: its twelve months with their article counts. */
export interface TimelineYear {
  year: string;
  months: Array<{ month: string; count: number }>;
  total: number;
}

/** Counts of dated articles per month, by year (newest year first), and the undated count. */
export function timeline(dates: ReadonlyArray<string | null>): {
  years: TimelineYear[];
  undated: number;
  busiest: number;
} {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const date of dates) {
    const month = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 7) : null;
    if (month === null) undated++;
    else counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const years = [...new Set([...counts.keys()].map((m) => m.slice(0, 4)))].sort().reverse();
  return {
    years: years.map((year) => {
      const months = Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}`;
        return { month, count: counts.get(month) ?? 0 };
      });
      return { year, months, total: months.reduce((n, m) => n + m.count, 0) };
    }),
    undated,
    busiest: Math.max(0, ...counts.values()),
  };
}
