/** The notices above the paper form: a restored draft, the return reason, locked targets, a failed check. */
import { Alert, Button } from 'antd';
import { useI18n } from '../i18n';
import type { FormResource } from '../api/types';
import type { EditorView } from './viewModel';
import { timeText } from './labels';

interface Props {
  form: FormResource;
  view: EditorView;
  /** When the local draft now shown was taken; shown while it is unsaved. */
  restoredAt: string | null;
  dirty: boolean;
  editable: boolean;
  /** The reviewer's reason for the latest return. */
  returnComment: string | null | undefined;
  onDiscardDraft(): void;
}

/** Alerts between the toolbar and the form. */
export function EditorNotices({ form, view, restoredAt, dirty, editable, returnComment, onDiscardDraft }: Props) {
  const { t } = useI18n();
  return (
    <>
      {restoredAt && dirty && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('draftRestored', { at: timeText(restoredAt, true) })}
          action={
            <Button size="small" onClick={onDiscardDraft}>
              {t('discardDraft')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {form.status === 'returned' && returnComment && <Alert type="warning" showIcon title={`${t('returnReason')}：${returnComment}`} style={{ marginBottom: 8 }} data-testid="return-reason" />}
      {form.targetsLocked && editable && <Alert type="info" showIcon title={t('targetsLocked')} description={t('targetsLockedHint', { at: timeText(form.targetsLocked.at) })} style={{ marginBottom: 8 }} data-testid="targets-locked" />}
      {view.failure && <Alert type="error" showIcon title={view.failure} />}
    </>
  );
}
