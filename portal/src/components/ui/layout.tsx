import { Button } from '@utrecht/button-react';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../lib/auth.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useViewer } from '../../lib/viewer.ts';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `utrecht-link utrecht-link--html-a portal-nav__link${isActive ? ' portal-nav__link--current' : ''}`;

/** Every page: skip link, header with the menu for the signed-in role and the language switch, the page, a footer. */
export function Layout() {
  const { t, language, setLanguage } = useI18n();
  const { session, signOut } = useAuth();
  const viewer = useViewer().data;
  // The knowledge platform's signed-in pages: members, moderators and the admin.
  const member = viewer?.role === 'MEMBER' || viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN';
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);
  // A new page moves focus to its content, so keyboard and screen-reader users start there (not on a filter change).
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="utrecht-page portal-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('app.skip')}
      </a>
      <header className="utrecht-page-header portal-header">
        <div className="portal-header__brand">
          <NavLink to="/" className="portal-header__name">
            {t('app.name')}
          </NavLink>
          <span className="portal-header__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.name')} className="portal-nav">
          <NavLink to="/" end className={navClass}>
            {t('nav.search')}
          </NavLink>
          <NavLink to="/kennis" className={navClass}>
            {t('nav.knowledge')}
          </NavLink>
          <NavLink to="/leergemeenschappen" className={navClass}>
            {t('nav.communities')}
          </NavLink>
          {member && (
            <>
              <NavLink to="/vragen" className={navClass}>
                {t('nav.questions')}
              </NavLink>
              <NavLink to="/collegas" className={navClass}>
                {t('nav.colleagues')}
              </NavLink>
            </>
          )}
          {(viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN') && (
            <NavLink to="/moderatie" className={navClass}>
              {t('nav.moderation')}
            </NavLink>
          )}
          {viewer?.role === 'SCHOOL' && (
            <NavLink to="/mijn-aanmeldingen" className={navClass}>
              {t('nav.bookings')}
            </NavLink>
          )}
          {viewer?.role === 'SCHOOL' && viewer.schoolId && (
            <NavLink to={`/scholen/${viewer.schoolId}`} className={navClass}>
              {t('nav.ourSchool')}
            </NavLink>
          )}
          {(viewer?.role === 'ADVISOR' || viewer?.role === 'ADMIN') && (
            <NavLink to="/scholen" className={navClass}>
              {t('nav.schools')}
            </NavLink>
          )}
          {viewer?.role === 'PARTNER' && (
            <>
              <NavLink to="/aanmeldingen" className={navClass}>
                {t('nav.inbox')}
              </NavLink>
              <NavLink to="/koppelingen" className={navClass}>
                {t('nav.integrations')}
              </NavLink>
            </>
          )}
          {(viewer?.role === 'ADVISOR' || viewer?.role === 'ADMIN') && (
            <NavLink to="/regio" className={navClass}>
              {t('nav.region')}
            </NavLink>
          )}
          {session ? (
            <>
              <span className="portal-nav__who">{t('nav.signedInAs', { name: session.name })}</span>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  void signOut().then(() => navigate('/'));
                }}
              >
                {t('nav.signOut')}
              </Button>
            </>
          ) : (
            <NavLink to={`/inloggen?terug=${encodeURIComponent(returnTo)}`} className={navClass}>
              {t('nav.signIn')}
            </NavLink>
          )}
          <Button
            appearance="subtle-button"
            lang={language === 'nl' ? 'en' : 'nl'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            {t('lang.switch')}
          </Button>
        </nav>
      </header>
      <main id="inhoud" ref={main} className="utrecht-page-content portal-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="utrecht-page-footer portal-footer">
        <p className="utrecht-paragraph">Cultuureducatie met Kwaliteit</p>
      </footer>
    </div>
  );
}
