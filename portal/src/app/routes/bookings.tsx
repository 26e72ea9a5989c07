import { RequireRole } from '../../components/ui/require-role.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { SchoolBookings } from '../../features/bookings/components/school-bookings.tsx';
import { CalendarSubscription } from '../../features/calendar/components/calendar-subscription.tsx';

export default function BookingsRoute() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('bookings.title')}</h1>
      <RequireRole role="SCHOOL">
        {(viewer) => (
          <>
            <SchoolBookings schoolId={viewer.schoolId ?? ''} />
            <CalendarSubscription schoolId={viewer.schoolId ?? ''} />
          </>
        )}
      </RequireRole>
    </>
  );
}
