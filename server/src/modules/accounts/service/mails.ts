import type { MailMessage } from '#platform/mail/mailer.ts';

type Locale = 'zh-CN' | 'en';

/** The password-reset e-mail in the recipient's language. */
export function resetMail(locale: Locale, to: string, name: string, link: string): MailMessage {
  if (locale === 'en') {
    return {
      to,
      subject: 'Reset your Meridian password',
      text: `Hello ${name},\n\nSomeone asked to reset the password of your Meridian account. To choose a new password, open this link within one hour:\n\n${link}\n\nIf it was not you, ignore this e-mail; your password stays as it is.\n`,
    };
  }
  return {
    to,
    subject: '重置你的 Meridian 密码',
    text: `${name}，你好：\n\n有人请求重置你的 Meridian 账号密码。请在 1 小时内打开以下链接设置新密码：\n\n${link}\n\n如果不是你本人操作，请忽略这封邮件，你的密码不会改变。\n`,
  };
}

/** The invitation e-mail in the inviter's language. */
export function invitationMail(
  locale: Locale,
  to: string,
  inviter: string,
  orgName: string,
  link: string,
): MailMessage {
  if (locale === 'en') {
    return {
      to,
      subject: `${inviter} invited you to ${orgName} on Meridian`,
      text: `${inviter} invited you to join ${orgName} on Meridian.\n\nAccept the invitation (valid for 7 days):\n\n${link}\n`,
    };
  }
  return {
    to,
    subject: `${inviter} 邀请你加入 Meridian 上的「${orgName}」`,
    text: `${inviter} 邀请你加入 Meridian 上的「${orgName}」。\n\n点击以下链接接受邀请（7 天内有效）：\n\n${link}\n`,
  };
}

/** Sign-in locked after repeated failures: when it unlocks, and a link to unlock now with a new password. */
export function lockedMail(locale: Locale, to: string, name: string, until: Date, link: string): MailMessage {
  const at = until.toISOString().replace('T', ' ').slice(0, 16);
  if (locale === 'en') {
    return {
      to,
      subject: 'Your Meridian sign-in is locked for 10 minutes',
      text: `Hello ${name},\n\nAfter 10 failed sign-in attempts, sign-in to your Meridian account is locked until ${at} UTC.\n\nIf this was you, wait or set a new password now (link valid for one hour, it also unlocks the account):\n\n${link}\n\nIf it was not you, someone may be guessing your password: set a new one with the link above.\n`,
    };
  }
  return {
    to,
    subject: '你的 Meridian 账号已临时锁定 10 分钟',
    text: `${name}，你好：\n\n由于连续 10 次登录失败，你的 Meridian 账号已锁定至 ${at}（UTC）。\n\n如果是你本人操作，可以稍后再试，或通过以下链接立即设置新密码并解锁（1 小时内有效）：\n\n${link}\n\n如果不是你本人操作，可能有人在尝试猜测你的密码，请通过上面的链接设置新密码。\n`,
  };
}
