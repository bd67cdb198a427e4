/**
 * Editable cells of the paper form: borderless inputs that look like the printed table. Text is
 * always rendered as text (React escapes it); nothing user-typed reaches innerHTML.
 */
import { memo, useEffect, useState } from 'react';
import { parseAmount } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useReportInvalid } from './invalidCells';

interface TextProps {
  value: string;
  editable: boolean;
  onChange(v: string): void;
  multiline?: boolean;
  placeholder?: string;
  label: string;
  testId?: string;
}

/** A text cell: a textarea growing with its content while editing, plain text otherwise. */
export const TextCell = memo(function TextCell({ value, editable, onChange, multiline = true, placeholder, label, testId }: TextProps) {
  if (!editable) return <span className="jx-text" data-testid={testId}>{value}</span>;
  if (!multiline)
    return (
      <input
        className="jx-input"
        value={value}
        aria-label={label}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <textarea
      className="jx-input jx-area"
      value={value}
      rows={1}
      aria-label={label}
      placeholder={placeholder}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  );
});

interface NumProps {
  value: number | null;
  editable: boolean;
  onChange(v: number | null): void;
  label: string;
  testId?: string;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A number cell (分值, 得分): commits when the text is a number or blank, flags anything else. */
export const NumberCell = memo(function NumberCell({ value, editable, onChange, label, testId }: NumProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    // Follow outside changes (merge, restore) without clobbering what is being typed.
    setText((cur) => (toNumber(cur) === value ? cur : value === null ? '' : String(value)));
  }, [value]);
  const bad = editable && text.trim() !== '' && !NUMBER.test(text.trim());
  useReportInvalid(testId ?? label, bad);
  if (!editable) return <span className="jx-num" data-testid={testId}>{value === null ? '' : String(value)}</span>;
  return (
    <CellError bad={bad} message="invalidNumber" testId={testId}>
    <input
      className={`jx-input jx-num${bad ? ' jx-bad' : ''}`}
      value={text}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={bad}
      data-testid={testId}
      onChange={(e) => {
        setText(e.target.value);
        const n = toNumber(e.target.value);
        if (n !== undefined) onChange(n);
      }}
    />
    </CellError>
  );
});

function toNumber(s: string): number | null | undefined {
  const t = s.trim();
  if (t === '') return null;
  return NUMBER.test(t) ? Number(t) : undefined;
}

interface MoneyProps {
  value: string | null;
  editable: boolean;
  onChange(v: string | null): void;
  label: string;
  testId?: string;
}

/** A money cell: accepts "4,753.66" and stores the exact decimal string. */
export const MoneyCell = memo(function MoneyCell({ value, editable, onChange, label, testId }: MoneyProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    setText((cur) => (parseAmount(cur) === value || (cur.trim() === '' && value === null) ? cur : value ?? ''));
  }, [value]);
  const parsed = text.trim() === '' ? null : parseAmount(text);
  const bad = editable && text.trim() !== '' && parsed === null;
  useReportInvalid(testId ?? label, bad);
  if (!editable) return <span className="jx-num" data-testid={testId}>{value ?? ''}</span>;
  return (
    <CellError bad={bad} message="invalidAmount" testId={testId}>
    <input
      className={`jx-input jx-num${bad ? ' jx-bad' : ''}`}
      value={text}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={bad}
      data-testid={testId}
      onChange={(e) => {
        setText(e.target.value);
        const t = e.target.value.trim();
        if (t === '') onChange(null);
        else {
          const p = parseAmount(t);
          if (p !== null) onChange(p);
        }
      }}
    />
    </CellError>
  );
});

/** An invalid cell's message, under the input and named by it (aria-describedby via the id). */
function CellError({ bad, message, testId, children }: { bad: boolean; message: 'invalidNumber' | 'invalidAmount'; testId?: string; children: React.ReactElement }) {
  const { t } = useI18n();
  if (!bad) return children;
  return (
    <>
      {children}
      <div className="jx-cell-error" role="alert" data-testid={testId ? `error-${testId}` : undefined}>
        {t(message)}
      </div>
    </>
  );
}
