/** The review findings beside the form; clicking one scrolls to its cell and highlights it. */
import { Button, Empty, Tag } from 'antd';
import { RECT_ACTION_LABELS, type Evaluation, type Finding } from '@jixiao/core';
import { useI18n } from '../i18n';
import { pathLabel, ruleTitle } from './labels';

const COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** Scroll to the cell of a model path (or the nearest enclosing element) and flash it. */
export function focusPath(path: string): void {
  const candidates = [path, path.replace(/\.\w+$/, ''), path.replace(/^(indicators\[\d+\]).*$/, '$1')];
  for (const p of candidates) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (!el) continue;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el.classList.remove('jx-flash');
    void el.offsetWidth; // restart the animation when the same cell is clicked twice
    el.classList.add('jx-flash');
    el.querySelector<HTMLElement>('input,textarea')?.focus({ preventScroll: true });
    return;
  }
}

/** List of findings with severity tags. */
export function FindingsPanel({ findings, ev, rectifyFrom }: { findings: Finding[]; ev: Evaluation; rectifyFrom?(f: Finding): void }) {
  const i18n = useI18n();
  const { t, m } = i18n;
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFindings')} />;
  return (
    <ul className="jx-findings" data-testid="findings">
      {findings.map((f, k) => (
        <li key={`${f.ruleId}-${f.path}-${k}`} className={`jx-finding jx-finding-${f.severity}`} data-rule={f.ruleId} data-path-ref={f.path}>
          <button type="button" onClick={() => focusPath(f.path)}>
            <div className="jx-finding-head">
              <Tag color={COLOR[f.severity]}>{t(`severity_${f.severity}`)}</Tag>
              <span className="jx-finding-where">{pathLabel(f.path, ev, i18n)}</span>
            </div>
            <div className="jx-finding-msg">{m(f.message)}</div>
            <div className="jx-finding-rule" title={f.ruleId}>{ruleTitle(f.ruleId, m)}</div>
          </button>
          {rectifyFrom && (
            <Button size="small" type="link" onClick={() => rectifyFrom(f)} data-testid="rectify-finding">
              {m(RECT_ACTION_LABELS.open)}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
