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
const NotificationsPage = lazyPage(
  () => import('@/features/notifications/pages/NotificationsPage'),
  'NotificationsPage',
);
const NotificationPreferencesPage = lazyPage(
  () => import('@/features/notifications/pages/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);

const MyWorkPage = lazyPage(() => import('@/features/my-work/pages/MyWorkPage'), 'MyWorkPage');
const BoardPage = lazyPage(() => import('@/features/board/pages/BoardPage'), 'BoardPage');
const CalendarPage = lazyPage(() => import('@/features/calendar/pages/CalendarPage'), 'CalendarPage');
const TaskListPage = lazyPage(() => import('@/features/tasks/pages/TaskListPage'), 'TaskListPage');
const TaskPage = lazyPage(() => import('@/features/tasks/pages/TaskPage'), 'TaskPage');
const ProjectTaskListPage = lazyPage(() => import('@/features/tasks/pages/ProjectTaskListPage'), 'ProjectTaskListPage');

const ProjectsPage = lazyPage(() => import('@/features/projects/pages/ProjectsPage'), 'ProjectsPage');
const ProjectTrashPage = lazyPage(() => import('@/features/projects/pages/ProjectTrashPage'), 'ProjectTrashPage');
const ProjectLayout = lazyPage(() => import('@/features/projects/pages/ProjectLayout'), 'ProjectLayout');
const ProjectSettingsPage = lazyPage(
  () => import('@/features/projects/pages/ProjectSettingsPage'),
  'ProjectSettingsPage',
);
const CustomFieldsPage = lazyPage(() => import('@/features/projects/pages/CustomFieldsPage'), 'CustomFieldsPage');
const CustomersPage = lazyPage(() => import('@/features/customers/pages/CustomersPage'), 'CustomersPage');
const CustomerPoolPage = lazyPage(() => import('@/features/customers/pages/CustomerPoolPage'), 'CustomerPoolPage');
const CustomerDetailPage = lazyPage(
  () => import('@/features/customers/pages/CustomerDetailPage'),
  'CustomerDetailPage',
);
const ContactsPage = lazyPage(() => import('@/features/customers/pages/ContactsPage'), 'ContactsPage');
const DealsPage = lazyPage(() => import('@/features/deals/pages/DealsPage'), 'DealsPage');
const DealDetailPage = lazyPage(() => import('@/features/deals/pages/DealDetailPage'), 'DealDetailPage');

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
              { path: 'customers', element: <CustomersPage /> },
              { path: 'customers/pool', element: <CustomerPoolPage /> },
              { path: 'customers/:id', element: <CustomerDetailPage /> },
              { path: 'contacts', element: <ContactsPage /> },
              { path: 'deals', element: <DealsPage /> },
              { path: 'deals/:id', element: <DealDetailPage /> },
              {
                path: 'settings',
                children: [
                  { index: true, element: <Navigate to="profile" replace /> },
                  { path: 'profile', element: <ProfilePage /> },
                  { path: 'organization', element: <OrganizationPage /> },
                  { path: 'members', element: <MembersPage /> },
                  { path: 'teams', element: <TeamsPage /> },
                  { path: 'tokens', element: <TokensPage /> },
                  { path: 'notifications', element: <NotificationPreferencesPage /> },
                  { path: 'custom-fields', element: <CustomFieldsPage /> },
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
              {
                path: 'projects',
                children: [
                  { index: true, element: <ProjectsPage /> },
                  { path: 'trash', element: <ProjectTrashPage /> },
                  {
                    path: ':projectKey',
                    element: <ProjectLayout />,
                    children: [
                      { index: true, element: <Navigate to="board" replace /> },
                      { path: 'settings', element: <ProjectSettingsPage /> },
                      { path: 'list', element: <ProjectTaskListPage /> },
                      { path: 'board', element: <BoardPage /> },
                      { path: 'calendar', element: <CalendarPage /> },
                    ],
                  },
                ],
              },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'my-work', element: <MyWorkPage /> },
              { path: 'tasks', element: <TaskListPage /> },
              { path: 'tasks/:taskKey', element: <TaskPage /> },
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
