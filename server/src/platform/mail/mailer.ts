import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * Sends through SMTP_URL; without it, writes the message (with its links) to the log so that a
 * one-person install can still reset a password.
 */
export function createMailer(options: { smtpUrl: string | null; from: string; logger: Logger }): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(message) {
        options.logger.info(
          { mail: { to: message.to, subject: message.subject } },
          `mail (no SMTP_URL set):\n${message.text}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
