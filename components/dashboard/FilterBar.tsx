import { CASE_LEVELS } from '../../lib/domain/cases/model';
import { PLATFORM_IDS } from '../../lib/domain/platforms';
import type { CaseFilter } from '../../lib/domain/stats/filter';
import { CAUSE_CODES } from '../../lib/domain/taxonomy';
import type { Translate } from '../../lib/i18n';

export interface FilterChoices {
  shops: string[];
  handlers: string[];
  products: Array<{ key: string; name: string }>;
}

const LEVEL_KEYS = { negative: 'level.negative', neutral: 'level.neutral', 'hidden-complaint': 'level.hiddenComplaint', complaint: 'dash.level.complaint' } as const;
export const levelLabel = (t: Translate, level: (typeof CASE_LEVELS)[number]) => t(LEVEL_KEYS[level]);

/** The case filter: one control per field; an empty choice means "all". */
export function FilterBar({ t, filter, choices, onChange }: { t: Translate; filter: CaseFilter; choices: FilterChoices; onChange: (filter: CaseFilter) => void }) {
  const set = <K extends keyof CaseFilter>(key: K, value: CaseFilter[K] | '') => {
    const next = { ...filter };
    if (value === '' || value === false || value === undefined) delete next[key];
    else next[key] = value as CaseFilter[K];
    onChange(next);
  };
  const select = <K extends keyof CaseFilter>(key: K, label: string, options: Array<[string, string]>) => (
    <label>
      {label}
      <select data-testid={`filter-${key}`} value={(filter[key] as string | undefined) ?? ''} onChange={(event) => set(key, event.currentTarget.value as CaseFilter[K])}>
        <option value="">{t('dash.filter.all')}</option>
        {options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" data-testid="filters" onSubmit={(event) => event.preventDefault()}>
      <label class="filters__search">
        {t('dash.filter.search')}
        <input type="search" data-testid="filter-text" placeholder={t('dash.filter.searchHint')} value={filter.text ?? ''} onInput={(event) => set('text', event.currentTarget.value)} />
      </label>
      {select('platform', t('dash.filter.platform'), PLATFORM_IDS.map((id) => [id, t(`platform.${id}`)]))}
      {select('shop', t('dash.filter.shop'), choices.shops.map((shop) => [shop, shop || t('dash.none')]))}
      {select('productKey', t('dash.filter.product'), choices.products.map((p) => [p.key, p.name]))}
      {select('cause', t('dash.filter.cause'), CAUSE_CODES.map((code) => [code, t(`cause.${code}`)]))}
      {select('handler', t('dash.filter.agent'), choices.handlers.map((handler) => [handler, handler || t('dash.unassigned')]))}
      {select('level', t('dash.filter.level'), CASE_LEVELS.map((level) => [level, levelLabel(t, level)]))}
      <label>
        {t('dash.filter.from')}
        <input type="date" data-testid="filter-from" value={filter.from ?? ''} onChange={(event) => set('from', event.currentTarget.value)} />
      </label>
      <label>
        {t('dash.filter.to')}
        <input type="date" data-testid="filter-to" value={filter.to ?? ''} onChange={(event) => set('to', event.currentTarget.value)} />
      </label>
      <label class="filters__check">
        <input type="checkbox" data-testid="filter-overdue" checked={filter.overdueOnly ?? false} onChange={(event) => set('overdueOnly', event.currentTarget.checked)} />
        {t('dash.filter.overdueOnly')}
      </label>
      <button type="button" data-testid="filter-reset" onClick={() => onChange({})}>
        {t('dash.filter.reset')}
      </button>
    </form>
  );
}
