import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from '../components/ui/layout.tsx';
import { Loading } from '../components/ui/states.tsx';
import { SearchRoute } from './routes/search.tsx';

// The search page is the first visit: it ships in the entry chunk, every other page loads on demand.
const OfferRoute = lazy(() => import('./routes/offer.tsx'));
const SignInRoute = lazy(() => import('./routes/sign-in.tsx'));
const AuthCallbackRoute = lazy(() => import('./routes/auth-callback.tsx'));
const BookingsRoute = lazy(() => import('./routes/bookings.tsx'));
const InboxRoute = lazy(() => import('./routes/inbox.tsx'));
const IntegrationsRoute = lazy(() => import('./routes/integrations.tsx'));
const RegionRoute = lazy(() => import('./routes/region.tsx'));
const NotFoundRoute = lazy(() => import('./routes/not-found.tsx'));
const KnowledgeRoute = lazy(() => import('./routes/knowledge.tsx'));
const KnowledgeItemRoute = lazy(() => import('./routes/knowledge-item.tsx'));
const ProposeRoute = lazy(() => import('./routes/propose.tsx'));
const CommunitiesRoute = lazy(() => import('./routes/communities.tsx'));
const CommunityRoute = lazy(() => import('./routes/community.tsx'));
const QuestionsRoute = lazy(() => import('./routes/questions.tsx'));
const QuestionRoute = lazy(() => import('./routes/question.tsx'));
const ColleaguesRoute = lazy(() => import('./routes/colleagues.tsx'));
const ModerationRoute = lazy(() => import('./routes/moderation.tsx'));
const SchoolsRoute = lazy(() => import('./routes/schools.tsx'));
const SchoolStoryRoute = lazy(() => import('./routes/school-story.tsx'));
const AmbitionTalkRoute = lazy(() => import('./routes/ambition-talk.tsx'));

const page = (element: JSX.Element) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchRoute /> },
      { path: '/aanbod/:id', element: page(<OfferRoute />) },
      { path: '/inloggen', element: page(<SignInRoute />) },
      { path: '/auth/callback', element: page(<AuthCallbackRoute />) },
      { path: '/mijn-aanmeldingen', element: page(<BookingsRoute />) },
      { path: '/aanmeldingen', element: page(<InboxRoute />) },
      { path: '/koppelingen', element: page(<IntegrationsRoute />) },
      { path: '/regio', element: page(<RegionRoute />) },
      { path: '/scholen', element: page(<SchoolsRoute />) },
      { path: '/scholen/:schoolId', element: page(<SchoolStoryRoute />) },
      { path: '/scholen/:schoolId/ambitiegesprek/:date', element: page(<AmbitionTalkRoute />) },
      { path: '/kennis', element: page(<KnowledgeRoute />) },
      { path: '/kennis/delen', element: page(<ProposeRoute />) },
      { path: '/kennis/:id', element: page(<KnowledgeItemRoute />) },
      { path: '/leergemeenschappen', element: page(<CommunitiesRoute />) },
      { path: '/leergemeenschappen/:id', element: page(<CommunityRoute />) },
      { path: '/vragen', element: page(<QuestionsRoute />) },
      { path: '/vragen/:id', element: page(<QuestionRoute />) },
      { path: '/collegas', element: page(<ColleaguesRoute />) },
      { path: '/moderatie', element: page(<ModerationRoute />) },
      { path: '*', element: page(<NotFoundRoute />) },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
