import type { NotificationData } from '@meridian/contracts';

export type DigestItem = { kind: string; actorName: string | null; data: NotificationData };
type Locale = 'zh-CN' | 'en';

function subjectOf(item: DigestItem, locale: Locale): string {
  const d = item.data;
  if (d.taskKey)
    return locale === 'en' ? `${d.taskKey} “${d.taskTitle ?? ''}”` : `${d.taskKey}「${d.taskTitle ?? ''}」`;
  return locale === 'en' ? `project “${d.projectName ?? ''}”` : `项目「${d.projectName ?? ''}」`;
}

/** One line of a digest, in the reader's language (the web words the same kinds in web/src/features/notifications). */
export function digestLine(item: DigestItem, locale: Locale): string {
  const who = item.actorName ?? (locale === 'en' ? 'Someone' : '有人');
  const what = subjectOf(item, locale);
  const d = item.data;
  const tail = (text: string | undefined) => (text ? (locale === 'en' ? `: ${text}` : `：${text}`) : '');
  if (locale === 'en') {
    switch (item.kind) {
      case 'assigned':
        return `${who} assigned you ${what}`;
      case 'mentioned':
        return `${who} mentioned you in ${what}${tail(d.excerpt)}`;
      case 'commented':
        return `${who} commented on ${what}${tail(d.excerpt)}`;
      case 'due_soon':
        return `${what} is due tomorrow (${d.dueDate ?? ''})`;
      case 'overdue':
        return `${what} is overdue (due ${d.dueDate ?? ''})`;
      case 'blocked':
        return `${who} flagged ${what} as blocked${tail(d.reason)}`;
      case 'completed':
        return `${who} completed ${what}${tail(d.note)}`;
      default:
        return what;
    }
  }
  switch (item.kind) {
    case 'assigned':
      return `${who} 把任务 ${what}分配给了你`;
    case 'mentioned':
      return `${who} 在 ${what}中提到了你${tail(d.excerpt)}`;
    case 'commented':
      return `${who} 评论了 ${what}${tail(d.excerpt)}`;
    case 'due_soon':
      return `任务 ${what}明天到期（${d.dueDate ?? ''}）`;
    case 'overdue':
      return `任务 ${what}已逾期（截止 ${d.dueDate ?? ''}）`;
    case 'blocked':
      return `${who} 将任务 ${what}标记为受阻${tail(d.reason)}`;
    case 'completed':
      return `${who} 完成了任务 ${what}${tail(d.note)}`;
    default:
      return what;
  }
}

/** ONE mail for everything that reached a person since the last digest. */
export function digestMail(items: DigestItem[], locale: Locale, publicUrl: string): { subject: string; text: string } {
  const n = items.length;
  const subject =
    locale === 'en' ? `Meridian: ${n} new notification${n === 1 ? '' : 's'}` : `Meridian：你有 ${n} 条新通知`;
  const lines = items.map((item) => {
    const link = item.data.taskKey ? `\n  ${publicUrl}/tasks/${item.data.taskKey}` : '';
    return `• ${digestLine(item, locale)}${link}`;
  });
  const footer =
    locale === 'en'
      ? `All notifications: ${publicUrl}/notifications\nChoose what reaches you by e-mail: ${publicUrl}/settings/notifications`
      : `查看全部通知：${publicUrl}/notifications\n设置哪些通知发送邮件：${publicUrl}/settings/notifications`;
  return { subject, text: `${lines.join('\n')}\n\n${footer}\n` };
}
