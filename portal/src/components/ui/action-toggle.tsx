import { Button } from '@utrecht/button-react';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * The button that opens and closes the form of one booking action (cancel, evaluate, decline, held):
 * it says whether its form is open (aria-expanded) and reads "close" while it is.
 */
export function ActionToggle({ expanded, label, onToggle }: { expanded: boolean; label: string; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <Button appearance="secondary-action-button" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? t('bookings.close') : label}
    </Button>
  );
}
