import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AuthGuard, GuestOnly, RequireAbility } from '@/app/auth-guard';
import { AppLayout } from '@/app/layout/AppLayout';
import { lazyPage } from '@/app/lazy-page';
import { RouteErrorPage } from '@/app/RouteErrorPage';
import { AuthLayout } from '@/features/auth/components/AuthLayout';
import { NotFoundResult } from '@/shared/ui/NotFoundResult';

const SignInPage = lazyPage(() => import('@/features/auth/pages/SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('@/features/auth/pages/SignUpPage'), 'SignUpPage');
const ForgotPasswordPage = lazyPage(() => import('@/features/auth/pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('@/features/auth/pages/ResetPasswordPage'), 'ResetPasswordPage');
const AcceptInvitationPage = lazyPage(
  () => import('@/features/auth/pages/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
const HomePage = lazyPage(() => import('@/features/home/pages/HomePage'), 'HomePage');
const ProfilePage = lazyPage(() => import('@/features/settings/pages/ProfilePage'), 'ProfilePage');
const OrganizationPage = lazyPage(() => import('@/features/settings/pages/OrganizationPage'), 'OrganizationPage');
const MembersPage = lazyPage(() => import('@/features/settings/pages/MembersPage'), 'MembersPage');
const TeamsPage = lazyPage(() => import('@/features/settings/pages/TeamsPage'), 'TeamsPage');
const TokensPage = lazyPage(() => import('@/features/settings/pages/TokensPage'), 'TokensPage');
const AuditLogPage = lazyPage(() => import('@/features/settings/pages/AuditLogPage'), 'AuditLogPage');

const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          {
            path: 'sign-in',
            element: (
              <GuestOnly>
                <SignInPage />
              </GuestOnly>
            ),
          },
          {
            path: 'sign-up',
            element: (
              <GuestOnly>
                <SignUpPage />
              </GuestOnly>
            ),
          },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invite', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <AuthGuard />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'settings',
                children: [
                  { index: true, element: <Navigate to="profile" replace /> },
                  { path: 'profile', element: <ProfilePage /> },
                  { path: 'organization', element: <OrganizationPage /> },
                  { path: 'members', element: <MembersPage /> },
                  { path: 'teams', element: <TeamsPage /> },
                  { path: 'tokens', element: <TokensPage /> },
                  {
                    path: 'audit-log',
                    element: (
                      <RequireAbility ability="audit.read">
                        <AuditLogPage />
                      </RequireAbility>
                    ),
                  },
                ],
              },
              { path: '*', element: <NotFoundResult /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
