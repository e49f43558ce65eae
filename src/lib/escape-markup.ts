/** Text made safe inside HTML or SVG markup we write by hand, in element content and in double-quoted attribute values. */
export const escapeMarkup = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
