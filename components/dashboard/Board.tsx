import { CASE_STAGES, type CaseLevel, type CaseStage } from '../../lib/domain/cases/model';
import type { CauseCode } from '../../lib/domain/taxonomy';
import type { Translate } from '../../lib/i18n';
import { levelLabel } from './FilterBar';

export interface BoardCard {
  id: string;
  buyerName: string;
  productName: string;
  cause: CauseCode;
  level: CaseLevel;
  handler: string;
  /** Day of detection, `YYYY-MM-DD`. */
  day: string;
  overdue: boolean;
}

/** Cases by stage, one column each: the count of every matching case, the newest listed. */
export function Board({ t, columns, counts, onOpen }: { t: Translate; columns: BoardCard[][]; counts: number[]; onOpen: (id: string) => void }) {
  return (
    <div class="board" data-testid="board">
      {CASE_STAGES.map((stage: CaseStage, i) => (
        <section class="board__column" data-testid={`board-column-${stage}`}>
          <h3>
            {t(`stage.${stage}`)} <span class="board__count" data-testid={`board-count-${stage}`}>{counts[i]}</span>
          </h3>
          <ul>
            {columns[i]!.map((card) => (
              <li>
                <button type="button" class={`board__card${card.overdue ? ' board__card--overdue' : ''}`} data-testid="board-card" data-case-id={card.id} onClick={() => onOpen(card.id)}>
                  <strong>{card.buyerName}</strong>
                  <span class="board__product">{card.productName}</span>
                  <span class="board__meta">
                    {levelLabel(t, card.level)} · {t(`cause.${card.cause}`)} · {card.handler || t('dash.unassigned')}
                  </span>
                  <span class="board__meta">
                    {card.day}
                    {card.overdue && <em> · {t('dash.overdue')}</em>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {counts[i]! > columns[i]!.length && <p class="hint">{t('dash.board.more', { n: counts[i]! - columns[i]!.length })}</p>}
        </section>
      ))}
    </div>
  );
}
