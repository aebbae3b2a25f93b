// SLA figures for `npm run bench` (issue 3: ≥ 200,000 due-time computations per second on one core,
// for a 10-day, 3-range-a-day calendar with holidays). Runs on its own with `npx tsx scripts/bench-sla.ts`.
import { pathToFileURL } from 'node:url';
import { addBusinessMinutes, businessMinutesBetween, parseBusinessCalendar } from '../core/businessCalendar.ts';
import { ComplaintContext } from '../core/model.ts';
import { computeSla, SlaPolicy } from '../core/slaClocks.ts';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

const DAY = 86_400_000;
const RANGES: [string, string][] = [['08:00', '12:00'], ['13:00', '17:30'], ['18:30', '21:00']];

// Berlin, so the window crosses the 2026-03-29 change; two holidays and a make-up Saturday.
const calendar = parseBusinessCalendar({
  timeZone: 'Europe/Berlin',
  week: { mon: RANGES, tue: RANGES, wed: RANGES, thu: RANGES, fri: RANGES, sat: [['10:00', '14:00']], sun: [] },
  holidays: ['2026-03-25', '2026-03-27'],
  workdays: { '2026-03-28': RANGES },
});
const WINDOW_START = Date.UTC(2026, 2, 23); // Mon 2026-03-23, ten days to Thu 04-02

function rate(run: (i: number) => number, minMs = 400): number {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += run(i); // warm the JIT and the day cache
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let k = 0; k < 10_000; k++, n++) sink += run(n);
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work observable');
  return Math.round(n / (elapsed / 1000));
}

export function benchSla(): BenchFigure[] {
  // Starts spread over the ten days (to the second), targets up to ~3 working days.
  const starts = Array.from({ length: 4096 }, (_, i) => new Date(WINDOW_START + ((i * 2_654_435_761) % (10 * 86_400)) * 1000));
  const minutes = Array.from({ length: 4096 }, (_, i) => (i * 40_503) % 2400);
  const due = rate((i) => addBusinessMinutes(starts[i & 4095]!, minutes[i & 4095]!, calendar).getTime());
  const between = rate((i) => businessMinutesBetween(starts[i & 4095]!, starts[(i + 7) & 4095]!, calendar));

  const policy = SlaPolicy.parse({ calendar });
  const context = ComplaintContext.parse({
    ticket: {
      id: 'bench',
      body: 'Broken on arrival.',
      createdAt: '2026-03-23T09:15:00Z',
      messages: [
        { author: 'agent', body: 'Sorry!', at: '2026-03-23T09:40:00Z' },
        { author: 'customer', body: 'Any news?', at: '2026-03-24T08:00:00Z' },
      ],
      statusHistory: [
        { status: 'open', at: '2026-03-23T09:40:00Z' },
        { status: 'pending', at: '2026-03-23T10:00:00Z' },
        { status: 'open', at: '2026-03-24T08:00:00Z' },
      ],
    },
  });
  const nows = Array.from({ length: 256 }, (_, i) => new Date(WINDOW_START + DAY + i * 1_800_000));
  const sla = rate((i) => computeSla(context, 'severe', policy, nows[i & 255]!).clocks.length, 300);

  return [
    { name: 'sla.due (addBusinessMinutes, 10-day 3-range calendar with holidays)', value: due, unit: 'due/s' },
    { name: 'sla.between (businessMinutesBetween, same calendar)', value: between, unit: 'spans/s' },
    { name: 'sla.computeSla (severe, 4 clocks, pauses, calendar)', value: sla, unit: 'tickets/s' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of benchSla()) console.log(`${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit}`);
}
