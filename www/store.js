// The user's articles, kept in localStorage so a reload or a closed tab loses nothing.
// An article: { id, label, text, sample, outlet?, url?, published? } (the last three as the user typed them).
import { SAMPLES } from "./samples.js";

export const STORE = "corroborate.articles.v1";

const isArticle = (a) => a && typeof a.id === "string" && typeof a.text === "string";

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

/** Writes the articles; returns an error message if the browser refused. */
export function save(articles) {
  try {
    localStorage.setItem(STORE, JSON.stringify(articles));
    return null;
  } catch (e) {
    return `Could not keep your articles for the next visit: ${e.message}`;
  }
}

export function nextId(articles) {
  const used = new Set(articles.map((a) => a.id));
  let n = articles.length + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What analyze() gets: only articles with text, and only the fields the user filled in. */
export function toInput(articles) {
  return articles.filter((a) => a.text.trim()).map((a) => {
    const input = { id: a.id, text: a.text };
    if (a.outlet?.trim()) input.outlet = a.outlet.trim();
    if (a.url?.trim()) input.url = a.url.trim();
    if (DATE.test(a.published ?? "")) input.published = a.published;
    return input;
  });
}
