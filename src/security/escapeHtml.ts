/** Text made safe inside HTML and inside a double-quoted attribute (the pages and mails the server writes by hand). */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
