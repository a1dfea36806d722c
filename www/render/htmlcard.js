// The parts of an article card that say it is (or was) a web page: the "HTML · 12 KB" badge, the
// textarea's label and placeholder, and a line with the choice between the page and plain text.
import { el, plural } from "../dom.js";
import { formatBytes } from "../html.js";

// What the choice line says and offers, by what is shown (page or text) and why there is another form.
const CHOICE = {
  "page-paste": ["Pasted as a web page (HTML) — ", "keep plain text instead"],
  "page-edit": ["The web page again — ", "use your edited text instead"],
  "text-paste": ["Kept as plain text — ", "use the web page (HTML) instead"],
  "text-edit": ["You edited the story, so this is now a plain-text article — ", "back to the web page"],
};

/**
 * Fills in the card's web-page parts for article `a`.
 * state: { alt: the other form { why } | undefined, removed: how many blocks the page lost
 *          (null until it is read), skipped: no story found, onSwitch(), onShowRemoved() }
 */
export function decorateHtmlCard(item, a, state) {
  const badge = item.querySelector(".html-badge");
  badge.hidden = !a.html;
  badge.textContent = a.html ? `HTML · ${formatBytes(a.htmlBytes ?? a.html.length)}` : "";
  badge.title = a.html ? "A web page: its story is read from the HTML" : "";
  const area = item.querySelector("textarea");
  area.placeholder = a.html ? "Reading the story from the web page…" : "Paste the article's text here";
  area.setAttribute("aria-label", a.html ? `Story read from the web page of ${a.label}` : `Text of ${a.label}`);
  // Rebuilt only when what it says changes, and the focus stays on its button when it is.
  const choice = state.alt && CHOICE[`${a.html ? "page" : "text"}-${state.alt.why}`];
  const note = item.querySelector(".html-note");
  const key = JSON.stringify([!!a.html, state.skipped, state.removed, choice?.[1]]);
  if (note.dataset.key === key) return;
  note.dataset.key = key;
  const focused = note.contains(document.activeElement) && document.activeElement.className;
  const lines = [];
  if (a.html && state.skipped) {
    lines.push(el("p", { class: "html-problem", text: "No story text found in this web page; it is left out of the analysis." }));
  } else if (a.html) {
    lines.push(el("p", {}, "The story read from the web page. Editing it makes this a plain-text article.",
      state.removed !== null ? [" ", el("button", {
        type: "button", class: "quiet small show-removed", onclick: state.onShowRemoved,
        text: `What was removed (${plural(state.removed, "block")})`,
      })] : null));
  }
  if (choice) {
    lines.push(el("p", { class: "html-choice" }, choice[0],
      el("button", { type: "button", class: "quiet small html-switch", onclick: state.onSwitch, text: choice[1] })));
  }
  note.replaceChildren(...lines);
  note.hidden = !lines.length;
  if (focused) (note.querySelector(`[class="${focused}"]`) ?? note.querySelector("button"))?.focus();
}
