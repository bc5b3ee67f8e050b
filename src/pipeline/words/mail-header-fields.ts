/**
 * Header fields of the Internet mail format (RFC 5322) and of mail programs' forwarded-message
 * blocks (`Sent:` in Outlook), as written at the top of a forwarded or saved e-mail.
 */
export const MAIL_HEADER_FIELDS: ReadonlySet<string> = new Set([
  'from',
  'sent',
  'date',
  'to',
  'cc',
  'bcc',
  'subject',
  'reply-to',
  'message-id',
]);
