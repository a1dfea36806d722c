// The user's articles, kept in localStorage so a reload or a closed tab loses nothing.
// An article: { id, label, text, sample, outlet?, url?, published? } (the last three as the user typed them);
// a web page also has `html` (the page as a string) and `htmlBytes` (its size), and `text` stays
// empty: the story analyse() extracts from it is shown, never stored.
import { SAMPLES } from "./samples.js";

export const STORE = "corroborate.articles.v1";

const isArticle = (a) => a && typeof a.id === "string" && typeof a.text === "string"
  && (a.html === undefined || typeof a.html === "string");

export function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE));
    if (Array.isArray(saved) && saved.every(isArticle)) return saved;
  } catch { /* fall back to the samples */ }
  return samples();
}

export function samples() {
  return SAMPLES.map((s) => ({ ...s, sample: true }));
}

/**
 * Writes the articles; returns null, or a message saying what will not be kept for the next visit.
 * Web pages can be large: when they do not fit, the largest are kept as the text read from them
 * (`extracted`: id -> text), one at a time until the rest fits, and the message names them.
 */
export function save(articles, extracted = new Map()) {
  let kept = articles;
  const asText = [];
  const pages = articles.filter((a) => a.html && extracted.get(a.id)).sort((a, b) => b.html.length - a.html.length);
  for (;;) {
    try {
      localStorage.setItem(STORE, JSON.stringify(kept));
      break;
    } catch (e) {
      const page = pages.shift();
      if (!page) return `Could not keep your articles for the next visit (${e.name === "QuotaExceededError" ? "this browser's storage for the page is full" : e.message}). Remove an article or download the analysis.`;
      asText.push(page.label);
      kept = kept.map((a) => (a === page ? withoutHtml(a, extracted.get(a.id)) : a));
    }
  }
  if (!asText.length) return null;
  return `This browser's storage for the page is full: on your next visit ${asText.map((l) => `“${l}”`).join(", ")} will be the text read from ${asText.length === 1 ? "its web page" : "their web pages"}, not the page itself. Everything else is kept.`;
}

function withoutHtml(a, text) {
  const { html, htmlBytes, ...rest } = a;
  return { ...rest, text };
}

export function nextId(articles) {
  const used = new Set(articles.map((a) => a.id));
  let n = articles.length + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What analyze() gets: only articles with text (or a web page), and only the fields the user filled in. */
export function toInput(articles) {
  return articles.filter((a) => (a.html || a.text).trim()).map((a) => {
    const input = a.html ? { id: a.id, html: a.html } : { id: a.id, text: a.text };
    if (a.outlet?.trim()) input.outlet = a.outlet.trim();
    if (a.url?.trim()) input.url = a.url.trim();
    if (DATE.test(a.published ?? "")) input.published = a.published;
    return input;
  });
}
