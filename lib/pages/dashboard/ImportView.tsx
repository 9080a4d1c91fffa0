import { useState } from 'preact/hooks';
import type { ReviewCaseInput } from '../../domain/cases/lifecycle';
import { decodeCsv } from '../../domain/library/csv-import';
import { PLATFORM_IDS, type PlatformId } from '../../domain/platforms';
import type { ListedReview } from '../../domain/review';
import { aggregate, type DashboardStats } from '../../domain/stats/aggregate';
import { buildDigest, newestFirst } from '../../domain/stats/digest';
import { compileFilter } from '../../domain/stats/filter';
import { analysisCase, caseInputOf, readReviewExport, type ExportedReview } from '../../domain/stats/review-import';
import type { Translate } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import { CausesView, ProductsView } from './views';

/** The background takes this many reviews per message (its schema's limit). */
const BATCH = 5_000;

type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'failed'; errors: Array<{ line: number | null; message: string }> }
  | { kind: 'analysed'; file: string; rows: number; inputs: ReviewCaseInput[]; stats: DashboardStats; created?: number };

type Flagged = { input: ReviewCaseInput; review: ExportedReview };

/** The reviews needing recovery, with their causes, classified in the background batch by batch. */
async function classify(reviews: ExportedReview[], platform: PlatformId, onProgress: (done: number) => void): Promise<Flagged[]> {
  const flagged: Flagged[] = [];
  for (let start = 0; start < reviews.length; start += BATCH) {
    const batch = reviews.slice(start, start + BATCH);
    const asRead: ListedReview[] = batch.map((r) => ({
      platform,
      key: r.key,
      text: r.text,
      ...(r.stars !== undefined ? { stars: r.stars } : {}),
      ...(r.level ? { platformLevel: r.level } : {}),
      ...(r.followUpText ? { followUpText: r.followUpText } : {}),
    }));
    const verdicts = await sendMessage('analyseReviews', { reviews: asRead });
    verdicts.forEach((verdict, i) => {
      const input = caseInputOf(batch[i]!, { needsRecovery: verdict.needsRecovery, causes: verdict.causes.map((c) => c.code) }, platform);
      if (input) flagged.push({ input, review: batch[i]! });
    });
    onProgress(Math.min(reviews.length, start + BATCH));
  }
  return flagged;
}

/**
 * Import of exported reviews: the file is read and checked here (all or nothing, bad rows by line),
 * classified in the background, and analysed by product and cause like the shop's cases. Cases are
 * created only when the agent asks.
 */
export function ImportView({ t }: { t: Translate }) {
  const [platform, setPlatform] = useState<PlatformId>('pinduoduo');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const analyse = async (file: File | undefined) => {
    if (!file) return;
    const read = readReviewExport(decodeCsv(new Uint8Array(await file.arrayBuffer())), platform);
    if (!read.ok) return setState({ kind: 'failed', errors: read.errors });
    setState({ kind: 'working', done: 0, total: read.reviews.length });
    try {
      const flagged = await classify(read.reviews, platform, (done) => setState({ kind: 'working', done, total: read.reviews.length }));
      const digest = buildDigest(flagged.map(({ input, review }) => analysisCase(input, review.day, review.line)));
      const stats = aggregate(digest, compileFilter(digest, {}), { now: Date.now(), order: newestFirst(digest) });
      setState({ kind: 'analysed', file: file.name, rows: read.reviews.length, inputs: flagged.map(({ input }) => input), stats });
    } catch (error) {
      setState({ kind: 'failed', errors: [{ line: null, message: error instanceof Error ? error.message : String(error) }] });
    }
  };

  const createCases = async (analysed: Extract<State, { kind: 'analysed' }>) => {
    setState({ kind: 'working', done: 0, total: analysed.inputs.length });
    let done = 0;
    try {
      // Each batch is one transaction: a failure leaves the earlier batches' cases, and says how many.
      for (let start = 0; start < analysed.inputs.length; start += BATCH) {
        const views = await sendMessage('syncReviewCases', { reviews: analysed.inputs.slice(start, start + BATCH) });
        done += Object.keys(views).length;
        setState({ kind: 'working', done, total: analysed.inputs.length });
      }
      setState({ ...analysed, created: done });
    } catch (error) {
      setState({ kind: 'failed', errors: [{ line: null, message: t('dash.import.createFailed', { done, error: error instanceof Error ? error.message : String(error) }) }] });
    }
  };

  return (
    <div class="view" data-testid="view-import">
      <section class="card">
        <h2>{t('dash.import.title')}</h2>
        <p class="hint">{t('dash.import.intro')}</p>
        <div class="toolbar">
          <label>
            {t('dash.filter.platform')}
            <select data-testid="import-platform" value={platform} onChange={(event) => setPlatform(event.currentTarget.value as PlatformId)}>
              {PLATFORM_IDS.map((id) => (
                <option value={id}>{t(`platform.${id}`)}</option>
              ))}
            </select>
          </label>
          <label class="button">
            {t('dash.import.choose')}
            <input data-testid="import-file" type="file" accept=".csv,text/csv" hidden onChange={(event) => void analyse(event.currentTarget.files?.[0])} />
          </label>
        </div>
        {state.kind === 'working' && <p class="loading">{t('dash.import.working', { done: state.done, total: state.total })}</p>}
        {state.kind === 'failed' && (
          <div class="message message--error" role="alert" data-testid="import-errors">
            <p>{t('dash.import.failed')}</p>
            <ul>
              {state.errors.map((error) => (
                <li>{error.line === null ? error.message : t('dash.import.lineError', { line: error.line, message: error.message })}</li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === 'analysed' && (
          <div data-testid="import-result">
            <p class="message message--ok">{t('dash.import.analysed', { file: state.file, rows: state.rows, flagged: state.inputs.length })}</p>
            {state.created === undefined ? (
              <button type="button" data-testid="import-create-cases" disabled={state.inputs.length === 0} onClick={() => void createCases(state)}>
                {t('dash.import.createCases', { n: state.inputs.length })}
              </button>
            ) : (
              <p data-testid="import-created">{t('dash.import.created', { n: state.created })}</p>
            )}
          </div>
        )}
      </section>
      {state.kind === 'analysed' && (
        <>
          <ProductsView t={t} stats={state.stats} />
          <CausesView t={t} stats={state.stats} />
        </>
      )}
    </div>
  );
}
