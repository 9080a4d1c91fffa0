import { CASE_LEVELS, CASE_OUTCOMES, CASE_STAGES, type CaseOutcome } from '../cases/model';
import { CAUSE_CODES, type CauseCode } from '../taxonomy';
import { dayNumber, daySpan, weekNumber, weekStart } from './days';
import { NO_OUTCOME, type CaseDigest } from './digest';
import type { RowTest } from './filter';

/** First contact is due within 24 hours of detection (shared/domain.md §2, step 2). */
export const FIRST_CONTACT_TARGET_MS = 24 * 3_600_000;
/** A case is recovered when it closed with the review updated or the buyer satisfied. */
export const RECOVERED_OUTCOMES: readonly CaseOutcome[] = ['review_updated', 'buyer_satisfied'];

/** Closed, recovered and spent: what every table shares. The recovery rate is recovered ÷ closed (null before any closed). */
export interface Outcomes {
  cases: number;
  closed: number;
  recovered: number;
  recoveryRate: number | null;
  /** Yuan of the chosen remedies. */
  cost: number;
}

export interface ProductStats extends Outcomes {
  key: string;
  name: string;
  /** 中评/差评. */
  negatives: number;
  /** Complaints hidden in good ratings, and complaints raised in chat. */
  complaints: number;
  /** Cases by primary cause, in CAUSE_CODES order. */
  causes: number[];
  /** Cases per week of `DashboardStats.weeks`. */
  weekly: number[];
}

export interface CauseStats extends Outcomes {
  cause: CauseCode;
  weekly: number[];
  /** Average cost of the cause's cases, in yuan. */
  costPerCase: number;
}

export interface FirstContact {
  /** Contacted within 24 hours. */
  onTime: number;
  /** Contacted after 24 hours, or still not contacted 24 hours on. */
  late: number;
  /** Median hours from detection to first contact, of the contacted cases. */
  medianHours: number | null;
}

export interface AgentStats extends Outcomes, FirstContact {
  handler: string;
}

export interface AgentDayStats extends AgentStats {
  day: string;
}

export interface RiskDay {
  day: string;
  /** Cases detected that day (new negative reviews and complaints). */
  opened: number;
  /** Cases closed that day. */
  closed: number;
}

export interface DashboardStats {
  matched: number;
  /** Matching cases per stage, in CASE_STAGES order. */
  byStage: number[];
  /** Per stage, the rows of the newest matching cases (at most the board limit). */
  board: number[][];
  /** Most cases first. */
  products: ProductStats[];
  /** In CAUSE_CODES order, causes without cases left out. */
  causes: CauseStats[];
  /** Monday of every week from the first matching case to the last. */
  weeks: string[];
  /** Most cases first. */
  agents: AgentStats[];
  /** Newest day first, then by agent. */
  agentDays: AgentDayStats[];
  /** Every day from the first matching case to the last, oldest first. */
  risk: RiskDay[];
  /** Matching cases still open / with an overdue follow-up. */
  open: number;
  overdue: number;
  levels: number[];
}

interface Tally {
  cases: number;
  closed: number;
  recovered: number;
  cost: number;
}
interface AgentTally extends Tally {
  onTime: number;
  late: number;
  contactHours: number[];
}

const tally = (): Tally => ({ cases: 0, closed: 0, recovered: 0, cost: 0 });
const agentTally = (): AgentTally => ({ ...tally(), onTime: 0, late: 0, contactHours: [] });
const fen = (value: number) => Math.round(value * 100) / 100;

function outcomes(t: Tally): Outcomes {
  return { cases: t.cases, closed: t.closed, recovered: t.recovered, recoveryRate: t.closed > 0 ? t.recovered / t.closed : null, cost: fen(t.cost) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function agentFigures(t: AgentTally): Outcomes & FirstContact {
  const hours = median(t.contactHours);
  return { ...outcomes(t), onTime: t.onTime, late: t.late, medianHours: hours === null ? null : Math.round(hours * 10) / 10 };
}

/** Spreads a week → count map over the weeks from `first` on. */
function weekly(counts: Map<number, number>, first: number, length: number): number[] {
  const values = new Array<number>(length).fill(0);
  for (const [week, count] of counts) values[week - first] = count;
  return values;
}

export interface AggregateOptions {
  now: number;
  /** Cases listed per board column. */
  boardLimit?: number;
  /** Rows newest first (`newestFirst(digest)`): the board lists the newest cases. */
  order: Uint32Array;
  /** Rows with an overdue follow-up. */
  overdueRows?: Uint8Array;
}

/**
 * Every figure of every dashboard view, in one pass over the matching rows: the board, products,
 * causes, agents by day, and the shop's risk. A filter change costs one pass, whatever the view.
 */
export function aggregate(digest: CaseDigest, test: RowTest, { now, order, boardLimit = 50, overdueRows }: AggregateOptions): DashboardStats {
  const dayNumbers = digest.days.map(dayNumber);
  const weekOfDay = dayNumbers.map(weekNumber);
  const recoveredCodes = new Set(RECOVERED_OUTCOMES.map((outcome) => CASE_OUTCOMES.indexOf(outcome) + 1));
  const negativeLevels = new Set(['negative', 'neutral'].map((level) => CASE_LEVELS.indexOf(level as 'negative')));

  const byStage = new Array<number>(CASE_STAGES.length).fill(0);
  const levels = new Array<number>(CASE_LEVELS.length).fill(0);
  const board: number[][] = CASE_STAGES.map(() => []);
  const products = new Map<number, { tally: Tally; negatives: number; complaints: number; causes: number[]; weeks: Map<number, number> }>();
  const causes = CAUSE_CODES.map(() => ({ tally: tally(), weeks: new Map<number, number>() }));
  const agents = new Map<number, AgentTally>();
  const agentDays = new Map<number, AgentTally>();
  const opened = new Map<number, number>();
  const closedOn = new Map<number, number>();
  let matched = 0;
  let open = 0;
  let overdue = 0;
  let firstWeek = Infinity;
  let lastWeek = -Infinity;
  let firstDay = Infinity;
  let lastDay = -Infinity;

  for (let i = 0; i < digest.length; i++) {
    const row = order[i]!;
    if (!test(row)) continue;
    matched++;
    const stage = digest.stage[row]!;
    byStage[stage]!++;
    levels[digest.level[row]!]!++;
    if (board[stage]!.length < boardLimit) board[stage]!.push(row);

    const outcome = digest.outcome[row]!;
    const closed = outcome !== NO_OUTCOME;
    const recovered = recoveredCodes.has(outcome);
    const cost = digest.cost[row]!;
    const add = (t: Tally) => {
      t.cases++;
      if (closed) t.closed++;
      if (recovered) t.recovered++;
      t.cost += cost;
    };
    if (!closed) open++;
    if (overdueRows?.[row] === 1) overdue++;

    const dayIndex = digest.day[row]!;
    const dayNo = dayNumbers[dayIndex]!;
    const week = weekOfDay[dayIndex]!;
    if (week < firstWeek) firstWeek = week;
    if (week > lastWeek) lastWeek = week;
    if (dayNo < firstDay) firstDay = dayNo;
    if (dayNo > lastDay) lastDay = dayNo;
    opened.set(dayNo, (opened.get(dayNo) ?? 0) + 1);
    const closedDay = digest.closedDay[row]!;
    if (closedDay !== 0) {
      const closedNo = dayNumbers[closedDay - 1]!;
      closedOn.set(closedNo, (closedOn.get(closedNo) ?? 0) + 1);
      if (closedNo > lastDay) lastDay = closedNo;
    }

    const cause = digest.primaryCause[row]!;
    add(causes[cause]!.tally);
    causes[cause]!.weeks.set(week, (causes[cause]!.weeks.get(week) ?? 0) + 1);

    const productCode = digest.product[row]!;
    if (productCode !== 0) {
      let product = products.get(productCode);
      if (!product) products.set(productCode, (product = { tally: tally(), negatives: 0, complaints: 0, causes: new Array<number>(CAUSE_CODES.length).fill(0), weeks: new Map() }));
      add(product.tally);
      if (negativeLevels.has(digest.level[row]!)) product.negatives++;
      else product.complaints++;
      product.causes[cause]!++;
      product.weeks.set(week, (product.weeks.get(week) ?? 0) + 1);
    }

    const handler = digest.handler[row]!;
    let agent = agents.get(handler);
    if (!agent) agents.set(handler, (agent = agentTally()));
    const agentDayKey = handler * 65_536 + dayIndex;
    let agentDay = agentDays.get(agentDayKey);
    if (!agentDay) agentDays.set(agentDayKey, (agentDay = agentTally()));
    const detectedAt = digest.detectedAt[row]!;
    const contactAt = digest.firstContactAt[row]!;
    const contacted = !Number.isNaN(contactAt);
    for (const t of [agent, agentDay]) {
      add(t);
      if (contacted) {
        t.contactHours.push((contactAt - detectedAt) / 3_600_000);
        if (contactAt - detectedAt <= FIRST_CONTACT_TARGET_MS) t.onTime++;
        else t.late++;
      } else if (now - detectedAt > FIRST_CONTACT_TARGET_MS) t.late++;
    }
  }

  const weekCount = matched === 0 ? 0 : lastWeek - firstWeek + 1;
  const weeks = Array.from({ length: weekCount }, (_, i) => weekStart(firstWeek + i));
  return {
    matched,
    byStage,
    board,
    levels,
    open,
    overdue,
    weeks,
    products: [...products]
      .map(([productCode, p]) => ({
        ...outcomes(p.tally),
        key: digest.products[productCode - 1]!.key,
        name: digest.products[productCode - 1]!.name,
        negatives: p.negatives,
        complaints: p.complaints,
        causes: p.causes,
        weekly: weekly(p.weeks, firstWeek, weekCount),
      }))
      .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name)),
    causes: CAUSE_CODES.flatMap((cause, i) => {
      const c = causes[i]!;
      if (c.tally.cases === 0) return [];
      return [{ ...outcomes(c.tally), cause, weekly: weekly(c.weeks, firstWeek, weekCount), costPerCase: fen(c.tally.cost / c.tally.cases) }];
    }),
    agents: [...agents]
      .map(([handler, t]) => ({ handler: digest.handlers[handler]!, ...agentFigures(t) }))
      .sort((a, b) => b.cases - a.cases || a.handler.localeCompare(b.handler)),
    agentDays: [...agentDays]
      .map(([key, t]) => ({ handler: digest.handlers[Math.floor(key / 65_536)]!, day: digest.days[key % 65_536]!, ...agentFigures(t) }))
      .sort((a, b) => b.day.localeCompare(a.day) || a.handler.localeCompare(b.handler)),
    risk: matched === 0 ? [] : daySpan(firstDay, lastDay).map((day, i) => ({ day, opened: opened.get(firstDay + i) ?? 0, closed: closedOn.get(firstDay + i) ?? 0 })),
  };
}

/** The remedy ledger's spend per day against the daily budget, for the days asked. */
export function budgetUse(records: ReadonlyArray<{ cost: number; day: string }>, dailyBudget: number, days: readonly string[]): Array<{ day: string; spent: number; budget: number; share: number | null }> {
  const spent = new Map<string, number>();
  for (const record of records) spent.set(record.day, (spent.get(record.day) ?? 0) + record.cost);
  return days.map((day) => {
    const value = fen(spent.get(day) ?? 0);
    return { day, spent: value, budget: dailyBudget, share: dailyBudget > 0 ? value / dailyBudget : null };
  });
}
