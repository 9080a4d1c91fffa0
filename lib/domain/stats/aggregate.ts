import { CASE_LEVELS, CASE_OUTCOMES, CASE_STAGES, type CaseOutcome } from '../cases/model';
import { CAUSE_CODES, type CauseCode } from '../taxonomy';
import { dayNumber, daySpan, weekNumber, weekStart } from './days';
import { NO_OUTCOME, type CaseDigest } from './digest';
import { MATCH_ALL, type RowTest } from './filter';

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
  /** Cases per week of `DashboardStats.weeks`; filled for the top products only (empty for the others). */
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

/** Closed, recovered, spent: counters per group (product, cause, agent, agent × day), one slot each. */
class Tallies {
  readonly cases: Int32Array;
  readonly closed: Int32Array;
  readonly recovered: Int32Array;
  readonly cost: Float64Array;
  constructor(size: number) {
    this.cases = new Int32Array(size);
    this.closed = new Int32Array(size);
    this.recovered = new Int32Array(size);
    this.cost = new Float64Array(size);
  }
  add(group: number, closed: boolean, recovered: boolean, cost: number): void {
    this.cases[group]!++;
    if (closed) this.closed[group]!++;
    if (recovered) this.recovered[group]!++;
    this.cost[group]! += cost;
  }
  outcomes(group: number): Outcomes {
    const closed = this.closed[group]!;
    return { cases: this.cases[group]!, closed, recovered: this.recovered[group]!, recoveryRate: closed > 0 ? this.recovered[group]! / closed : null, cost: fen(this.cost[group]!) };
  }
}

/** First contact per group: on time, late, and the hours to first contact for the median. */
class Contacts {
  readonly onTime: Int32Array;
  readonly late: Int32Array;
  private readonly groups: Int32Array;
  private readonly hours: Float64Array;
  private count = 0;
  constructor(size: number, rows: number) {
    this.onTime = new Int32Array(size);
    this.late = new Int32Array(size);
    this.groups = new Int32Array(rows);
    this.hours = new Float64Array(rows);
  }
  add(group: number, detectedAt: number, contactAt: number, now: number): void {
    if (contactAt === contactAt) {
      this.groups[this.count] = group;
      this.hours[this.count++] = (contactAt - detectedAt) / 3_600_000;
      if (contactAt - detectedAt <= FIRST_CONTACT_TARGET_MS) this.onTime[group]!++;
      else this.late[group]!++;
    } else if (now - detectedAt > FIRST_CONTACT_TARGET_MS) this.late[group]!++;
  }
  /** Median hours per group: the hours bucketed by group (a counting sort), each bucket sorted natively. */
  medians(size: number): Array<number | null> {
    const start = new Int32Array(size + 1);
    for (let i = 0; i < this.count; i++) start[this.groups[i]! + 1]!++;
    for (let group = 0; group < size; group++) start[group + 1]! += start[group]!;
    const sorted = new Float64Array(this.count);
    const next = start.slice(0, size);
    for (let i = 0; i < this.count; i++) sorted[next[this.groups[i]!]!++] = this.hours[i]!;
    return Array.from({ length: size }, (_, group) => {
      const bucket = sorted.subarray(start[group]!, start[group + 1]!).sort();
      if (bucket.length === 0) return null;
      const middle = bucket.length >> 1;
      const value = bucket.length % 2 ? bucket[middle]! : (bucket[middle - 1]! + bucket[middle]!) / 2;
      return Math.round(value * 10) / 10;
    });
  }
}

const fen = (value: number) => Math.round(value * 100) / 100;

export interface AggregateOptions {
  now: number;
  /** Cases listed per board column. */
  boardLimit?: number;
  /** Rows newest first (`newestFirst(digest)`): the board lists the newest cases. */
  order: Uint32Array;
  /** Rows with an overdue follow-up. */
  overdueRows?: Uint8Array;
  /** Products whose weekly trend is computed (the most affected first). */
  trendProducts?: number;
}

/**
 * Every figure of every dashboard view, in one pass over the rows: the board, products, causes,
 * agents by day, and the shop's risk. Counters live in typed arrays indexed by the digest's
 * dictionary codes, so the pass allocates nothing per row; only the weekly trend of the top
 * products takes a second look, at the matching rows of those products alone.
 */
export function aggregate(digest: CaseDigest, test: RowTest, { now, order, boardLimit = 30, overdueRows, trendProducts = 5 }: AggregateOptions): DashboardStats {
  const dayCount = digest.days.length;
  const dayNumbers = Int32Array.from(digest.days, dayNumber);
  const weekOfDay = dayNumbers.map(weekNumber);
  let minWeek = Infinity;
  for (const week of weekOfDay) minWeek = Math.min(minWeek, week);
  const weekSpan = dayCount === 0 ? 0 : Math.max(...weekOfDay) - minWeek + 1;
  const recoveredCodes = new Uint8Array(CASE_OUTCOMES.length + 1);
  for (const outcome of RECOVERED_OUTCOMES) recoveredCodes[CASE_OUTCOMES.indexOf(outcome) + 1] = 1;
  const complaintLevel = new Uint8Array(CASE_LEVELS.length);
  complaintLevel[CASE_LEVELS.indexOf('hidden-complaint')] = 1;
  complaintLevel[CASE_LEVELS.indexOf('complaint')] = 1;

  const causeCount = CAUSE_CODES.length;
  const productSlots = digest.products.length + 1;
  const handlerCount = digest.handlers.length;
  const byStage = new Array<number>(CASE_STAGES.length).fill(0);
  const levels = new Array<number>(CASE_LEVELS.length).fill(0);
  const board: number[][] = CASE_STAGES.map(() => []);
  const products = new Tallies(productSlots);
  const productComplaints = new Int32Array(productSlots);
  const productCauses = new Int32Array(productSlots * causeCount);
  const causes = new Tallies(causeCount);
  const causeWeeks = new Int32Array(causeCount * weekSpan);
  const agents = new Tallies(handlerCount);
  const agentContacts = new Contacts(handlerCount, digest.length);
  // Agent × day groups are numbered as they appear: a shop has far fewer than agents × days.
  const agentDayGroup = new Int32Array(handlerCount * dayCount).fill(-1);
  const agentDayKeys: number[] = [];
  const agentDaySlots = Math.min(handlerCount * dayCount, digest.length);
  const agentDays = new Tallies(agentDaySlots);
  const agentDayContacts = new Contacts(agentDaySlots, digest.length);
  const opened = new Int32Array(dayCount);
  const closedOn = new Int32Array(dayCount);
  const matchedRows = new Uint32Array(digest.length);
  let matched = 0;
  let open = 0;
  let overdue = 0;

  const { stage: stages, level: levelOf, outcome: outcomes, cost: costs, day: days, closedDay: closedDays, primaryCause, product: productOf, handler: handlerOf, detectedAt: detected, firstContactAt: contacts } = digest;
  const all = test === MATCH_ALL;
  // Rows in storage order (sequential reads of every column); the board walks the newest-first order after.
  for (let row = 0; row < digest.length; row++) {
    if (!all && !test(row)) continue;
    matchedRows[matched++] = row;
    const stage = stages[row]!;
    byStage[stage]!++;
    const level = levelOf[row]!;
    levels[level]!++;

    const outcome = outcomes[row]!;
    const closed = outcome !== NO_OUTCOME;
    const recovered = recoveredCodes[outcome] === 1;
    const cost = costs[row]!;
    if (!closed) open++;
    if (overdueRows?.[row] === 1) overdue++;

    const day = days[row]!;
    opened[day]!++;
    if (closedDays[row]! !== 0) closedOn[closedDays[row]! - 1]!++;

    const cause = primaryCause[row]!;
    causes.add(cause, closed, recovered, cost);
    causeWeeks[cause * weekSpan + weekOfDay[day]! - minWeek]!++;

    const product = productOf[row]!;
    products.add(product, closed, recovered, cost);
    productComplaints[product]! += complaintLevel[level]!;
    productCauses[product * causeCount + cause]!++;

    const handler = handlerOf[row]!;
    agents.add(handler, closed, recovered, cost);
    agentContacts.add(handler, detected[row]!, contacts[row]!, now);
    const slot = handler * dayCount + day;
    let group = agentDayGroup[slot]!;
    if (group < 0) group = agentDayGroup[slot] = agentDayKeys.push(slot) - 1;
    agentDays.add(group, closed, recovered, cost);
    agentDayContacts.add(group, detected[row]!, contacts[row]!, now);
  }

  let boardLeft = byStage.reduce((sum, count) => sum + Math.min(count, boardLimit), 0);
  for (let i = 0; i < order.length && boardLeft > 0; i++) {
    const row = order[i]!;
    if (!all && !test(row)) continue;
    const column = board[stages[row]!]!;
    if (column.length < boardLimit) {
      column.push(row);
      boardLeft--;
    }
  }

  // The span of the matching cases, gaps included: days from the first detection to the last
  // detection or closing, weeks from the first detection to the last.
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let lastOpened = -Infinity;
  for (let day = 0; day < dayCount; day++) {
    if (opened[day]! > 0) {
      firstDay = Math.min(firstDay, dayNumbers[day]!);
      lastOpened = Math.max(lastOpened, dayNumbers[day]!);
    }
    if (opened[day]! > 0 || closedOn[day]! > 0) lastDay = Math.max(lastDay, dayNumbers[day]!);
  }
  const firstWeek = matched === 0 ? 0 : weekNumber(firstDay);
  const lastWeek = matched === 0 ? -1 : weekNumber(lastOpened);
  const weeks = Array.from({ length: lastWeek - firstWeek + 1 }, (_, i) => weekStart(firstWeek + i));
  const weekSlice = (counts: Int32Array, base: number) => Array.from(counts.subarray(base + firstWeek - minWeek, base + lastWeek - minWeek + 1));

  const productList: ProductStats[] = [];
  for (let product = 1; product < productSlots; product++) {
    if (products.cases[product] === 0) continue;
    const complaints = productComplaints[product]!;
    productList.push({
      ...products.outcomes(product),
      key: digest.products[product - 1]!.key,
      name: digest.products[product - 1]!.name,
      negatives: products.cases[product]! - complaints,
      complaints,
      causes: Array.from(productCauses.subarray(product * causeCount, (product + 1) * causeCount)),
      weekly: [],
    });
  }
  productList.sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name));
  fillProductTrends(digest, productList.slice(0, trendProducts), matchedRows.subarray(0, matched), weekOfDay, firstWeek, weeks.length);

  const dayByNumber = new Map<number, number>();
  dayNumbers.forEach((number, day) => dayByNumber.set(number, day));
  const agentMedians = agentContacts.medians(handlerCount);
  const agentDayMedians = agentDayContacts.medians(agentDayKeys.length);
  return {
    matched,
    byStage,
    board,
    levels,
    open,
    overdue,
    weeks,
    products: productList,
    causes: CAUSE_CODES.flatMap((cause, i) =>
      causes.cases[i] === 0 ? [] : [{ ...causes.outcomes(i), cause, weekly: weekSlice(causeWeeks, i * weekSpan), costPerCase: fen(causes.cost[i]! / causes.cases[i]!) }],
    ),
    agents: digest.handlers
      .flatMap((handler, i) => (agents.cases[i] === 0 ? [] : [{ handler, ...agents.outcomes(i), onTime: agentContacts.onTime[i]!, late: agentContacts.late[i]!, medianHours: agentMedians[i]! }]))
      .sort((a, b) => b.cases - a.cases || a.handler.localeCompare(b.handler)),
    agentDays: agentDayKeys
      .map((slot, group) => ({
        handler: digest.handlers[Math.floor(slot / dayCount)]!,
        day: digest.days[slot % dayCount]!,
        ...agentDays.outcomes(group),
        onTime: agentDayContacts.onTime[group]!,
        late: agentDayContacts.late[group]!,
        medianHours: agentDayMedians[group]!,
      }))
      .sort((a, b) => b.day.localeCompare(a.day) || a.handler.localeCompare(b.handler)),
    risk:
      matched === 0
        ? []
        : daySpan(firstDay, lastDay).map((day, i) => {
            const index = dayByNumber.get(firstDay + i);
            return { day, opened: index === undefined ? 0 : opened[index]!, closed: index === undefined ? 0 : closedOn[index]! };
          }),
  };
}

/** Weekly cases of a few products, from the matching rows (the chart shows the top ones only). */
function fillProductTrends(digest: CaseDigest, top: ProductStats[], rows: Uint32Array, weekOfDay: Int32Array, firstWeek: number, weekCount: number): void {
  const slotOf = new Map(top.map((product, i) => [digest.products.findIndex((p) => p.key === product.key) + 1, i]));
  const counts = top.map(() => new Array<number>(weekCount).fill(0));
  for (const row of rows) {
    const slot = slotOf.get(digest.product[row]!);
    if (slot !== undefined) counts[slot]![weekOfDay[digest.day[row]!]! - firstWeek]!++;
  }
  top.forEach((product, i) => (product.weekly = counts[i]!));
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
