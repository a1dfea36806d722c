// The five sample reports (see samples/SOURCE.md), bundled so the page needs no request for them.
import s000 from "./samples/000_eae961ca20b05a28.txt?raw";
import s001 from "./samples/001_41ff38fbeb0a6843.txt?raw";
import s002 from "./samples/002_74eeb17b8ca5ca41.txt?raw";
import s003 from "./samples/003_7abf910d617c98ae.txt?raw";
import s004 from "./samples/004_99de923a0fd0c2bc.txt?raw";

export const SAMPLES = [
  { id: "000", label: "Sample 000 · Diaspora Digital Media", text: s000 },
  { id: "001", label: "Sample 001", text: s001 },
  { id: "002", label: "Sample 002 · Alliance News", text: s002 },
  { id: "003", label: "Sample 003 · The Raven Report", text: s003 },
  { id: "004", label: "Sample 004", text: s004 },
];
