// Web pages as articles: reading dropped or chosen .html files (bytes, in their declared charset)
// and pastes that carry text/html. Nothing here parses or inserts the HTML: it stays a string
// until the worker hands it to analyze() (WASM), which reads it as data and runs nothing.

/** Labels that mean windows-1252, as in browsers and the Rust core (src/input/html/charset.rs). */
const LATIN = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
  "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100"]);

/**
 * The charset label a `<meta charset>` or `http-equiv` declaration gives in the first 1,024 bytes,
 * lower-cased, or null. The same scan as the core's (the first non-empty `charset=` value decides).
 */
export function declaredCharset(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, 1024)).replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (let from = 0, i; (i = head.indexOf("charset", from)) >= 0;) {
    from = i + "charset".length;
    const rest = head.slice(from).replace(/^[\t\n\v\f\r \x85\xa0]+/, "");
    if (!rest.startsWith("=")) continue;
    const label = /^[a-z0-9_.:-]*/.exec(rest.slice(1).replace(/^[\t\n\v\f\r \x85\xa0]+/, "").replace(/^["']+/, ""))[0];
    if (label) return label;
  }
  return null;
}

// What windows-1252 maps bytes 0x80–0x9F to (the rest is Latin-1). Decoded here rather than by
// TextDecoder: Node 20's decodes "windows-1252" as Latin-1 (0x93 stays U+0093), browsers' do not.
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";

function windows1252(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

const decoder = (label, fatal = false) => {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // a label this browser does not know
  }
};

/**
 * Decodes a page's bytes as the CLI does (a byte-order mark, else the declared charset, else
 * UTF-8 when the bytes are valid UTF-8 and windows-1252 when not). A declared charset the core
 * does not read but the browser knows (ISO-8859-2, Shift_JIS, …) is decoded by the browser.
 * Returns { html, charset }.
 */
export function decodeHtml(buffer) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { html: decoder("utf-8").decode(bytes.subarray(3)), charset: "utf-8" };
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) {
    const charset = b0 === 0xfe ? "utf-16be" : "utf-16le";
    // As the core does, an odd last byte is dropped.
    return { html: decoder(charset).decode(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))), charset };
  }
  const label = declaredCharset(bytes);
  if (label === "utf-8" || label === "utf8") return { html: decoder("utf-8").decode(bytes), charset: "utf-8" };
  if (LATIN.has(label)) return { html: windows1252(bytes), charset: "windows-1252" };
  const known = label && !label.startsWith("utf-16") && decoder(label);
  if (known && known.encoding !== "utf-8") return { html: known.decode(bytes), charset: known.encoding };
  try {
    return { html: decoder("utf-8", true).decode(bytes), charset: "utf-8" };
  } catch {
    return { html: windows1252(bytes), charset: "windows-1252" };
  }
}

/** .html/.htm/.xhtml files, and files the browser types as HTML. */
export const isHtmlFile = (file) =>
  /\.(html?|xhtml)$/i.test(file.name) || file.type === "text/html" || file.type === "application/xhtml+xml";

/** Reads an HTML file as bytes and decodes it: { html, bytes, charset }. */
export async function readHtmlFile(file) {
  const buffer = await file.arrayBuffer();
  return { ...decodeHtml(buffer), bytes: buffer.byteLength };
}

/**
 * What a paste event offers: { html, plain } when it carries text/html with something in it,
 * else null (an ordinary plain-text paste). Only strings are read; nothing is parsed here.
 */
export function pastedHtml(event) {
  const data = event.clipboardData;
  if (!data || ![...data.types].includes("text/html")) return null;
  const html = data.getData("text/html");
  if (!html.trim()) return null;
  return { html, plain: data.getData("text/plain") };
}

/** The size of a string as UTF-8 bytes. */
export const utf8Bytes = (s) => new TextEncoder().encode(s).length;

/** "812 B", "12 KB", "1.4 MB" */
export function formatBytes(n) {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${Math.round(n / 1000)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
