/** The review findings of one form as an html page section (after the form when asked for). */
import type { Evaluation } from '@jixiao/core';
import type { Assessment } from '../layout/assess';
import { findingLines, findingsSummary } from '../layout/findings';
import { esc } from './export';

/** A page listing the findings of one form, severity first. */
export function findingsHtml(ev: Evaluation, a: Assessment): string {
  const lines = findingLines(a);
  const items = lines.map((l) => `<li class="jx-sev-${l.severity}">${esc(l.text)}</li>`).join('\n');
  return `<section class="jx-page jx-findings">
<h2>${esc(`复核发现 — ${ev.projectName}`)}</h2>
<p>${esc(findingsSummary(a))}</p>
${lines.length ? `<ol>\n${items}\n</ol>` : '<p>未发现问题。</p>'}
</section>`;
}
