/** The top of the paper form: title, 项目名称/主管部门/实施单位, 项目资金 table, 年度总体目标. */
import { FUND_KEYS, percent, yearUnknown, type FundKey } from '@jixiao/core';
import { useI18n } from '../i18n';
import { MoneyCell, NumberCell, TextCell } from './cells';
import { cellClass, cellTitle, type SheetProps } from './sheetContext';
import { updateAt } from './update';

/** Title, header block, funds and goals. */
export function HeaderTables({ ev, view, editable, onChange }: SheetProps) {
  const { t, m } = useI18n();
  const set = (path: string) => (v: unknown) => onChange((cur) => updateAt(cur, path, v));
  const td = (path: string, children: React.ReactNode, extra = '', colSpan?: number) => (
    <td className={cellClass(view, path, extra)} data-path={path} title={cellTitle(view, path, m)} colSpan={colSpan}>
      {children}
    </td>
  );
  const funds = view.scored?.funds;
  return (
    <>
      <h2 className="jx-sheet-title">{t('formTitle')}</h2>
      <div className="jx-sheet-year">{yearUnknown(ev) ? t('formYearUnknown') : t('formYear', { year: ev.year })}</div>
      <table className="jx-sheet">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('projectName')}</th>
            {td('projectName', <TextCell label={t('projectName')} value={ev.projectName} editable={editable} onChange={set('projectName')} testId="projectName" />, '', 3)}
          </tr>
          <tr>
            <th>{t('department')}</th>
            {td('department', <TextCell label={t('department')} value={ev.department} editable={editable} onChange={set('department')} testId="department" />)}
            <th>{t('implementer')}</th>
            {td('implementer', <TextCell label={t('implementer')} value={ev.implementer} editable={editable} onChange={set('implementer')} testId="implementer" />)}
          </tr>
        </tbody>
      </table>
      <table className="jx-sheet jx-funds">
        <colgroup>
          <col style={{ width: '8%' }} />
          <col style={{ width: '20%' }} />
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <col key={i} style={{ width: `${72 / 6}%` }} />
          ))}
        </colgroup>
        <tbody>
          <tr>
            <th rowSpan={5} className="jx-vertical">
              {t('fundsHeader', { unit: ev.funds.unit })}
            </th>
            <th />
            <th>{t('initial')}</th>
            <th>{t('adjusted')}</th>
            <th>{t('executedCol')}</th>
            <th>{t('weight')}</th>
            <th>{t('rate')}</th>
            <th>{t('score')}</th>
          </tr>
          {FUND_KEYS.map((k: FundKey) => {
            const row = ev.funds[k];
            const p = `funds.${k}`;
            const computed = k === 'total' && funds?.rate ? percent(funds.rate) : null;
            return (
              <tr key={k}>
                <th className={k === 'total' ? '' : 'jx-indent'}>{t(`fund_${k}`)}</th>
                {(['initial', 'adjusted', 'executed'] as const).map((c) =>
                  td(`${p}.${c}`, <MoneyCell key={c} label={`${t(`fund_${k}`)} ${t(c === 'executed' ? 'executedCol' : c)}`} value={row[c]} editable={editable} onChange={set(`${p}.${c}`)} testId={`${p}.${c}`} />, 'jx-c'),
                )}
                {td(`${p}.weight`, <NumberCell label={`${t(`fund_${k}`)} ${t('weight')}`} value={row.weight} editable={editable} onChange={set(`${p}.weight`)} />, 'jx-c')}
                {td(
                  `${p}.rate`,
                  <>
                    <TextCell label={`${t(`fund_${k}`)} ${t('rate')}`} value={row.rate ?? ''} multiline={false} editable={editable} onChange={(v) => set(`${p}.rate`)(v === '' ? null : v)} testId={`${p}.rate`} />
                    {computed && <div className="jx-analysis-note" title={m(funds?.explanation)}>{computed}</div>}
                  </>,
                  'jx-c',
                )}
                {td(`${p}.score`, <NumberCell label={`${t(`fund_${k}`)} ${t('score')}`} value={row.score} editable={editable} onChange={set(`${p}.score`)} />, 'jx-c')}
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="jx-sheet">
        <colgroup>
          <col style={{ width: '8%' }} />
          <col style={{ width: '46%' }} />
          <col style={{ width: '46%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th rowSpan={2} className="jx-vertical">
              {t('goals')}
            </th>
            <th>{t('goalsExpected')}</th>
            <th>{t('goalsActual')}</th>
          </tr>
          <tr>
            {td('goals.expected', <TextCell label={t('goalsExpected')} value={ev.goals.expected} editable={editable} onChange={set('goals.expected')} testId="goals.expected" />, 'jx-goal')}
            {td('goals.actual', <TextCell label={t('goalsActual')} value={ev.goals.actual} editable={editable} onChange={set('goals.actual')} testId="goals.actual" />, 'jx-goal')}
          </tr>
        </tbody>
      </table>
    </>
  );
}
