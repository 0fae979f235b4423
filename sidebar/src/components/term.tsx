import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A word of the trade (a client profile, test mode…) with its explanation: shown on hover as a
 * tooltip and toggled by a tap or the keyboard, since a touch screen has no hover.
 */
export function Term(props: { label: string; explanation: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <span class="term">
      <button
        type="button"
        class="term-button"
        title={props.explanation}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {props.label}
        <span class="visually-hidden"> — {t.explain(props.label)}</span>
        <span class="term-mark" aria-hidden="true">
          ?
        </span>
      </button>
      {open && <span class="term-explanation">{props.explanation}</span>}
    </span>
  );
}
