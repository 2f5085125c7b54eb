-- 0025 mail attachments (issue 15): meeting mails carry their calendar entry as a real .ics attachment (METHOD:REQUEST
-- or CANCEL), so a calendar follows a change without the reader downloading anything. The outbox stores the mail as rendered, so the attachment is
-- stored with it: its file name, media type and text. All three are NULL for a mail without one; like the body, the
-- text is cleared once the mail is sent.
ALTER TABLE mail_outbox ADD COLUMN attachment_name TEXT NULL;
ALTER TABLE mail_outbox ADD COLUMN attachment_type TEXT NULL;
ALTER TABLE mail_outbox ADD COLUMN attachment_content TEXT NULL;
