#!/usr/bin/env python3
"""Mention-level exact-match P/R/F1 (per type and micro) for UNER English PUD (IOB2).

  uner_score.py texts GOLD.iob2 > SENTENCES.jsonl      detokenised sentences for the analyser
  uner_score.py score GOLD.iob2 PRED.jsonl             PRED: {"doc","start","end","type"}, UTF-16 offsets

Sentences are the tokens joined by single spaces (tokens keep their own offsets), so a
predicted span maps back to tokens exactly; a prediction that does not start and end on
token boundaries cannot match. Types PER, ORG, LOC; OTH (other) gold is not scored.
Standard library only.
"""
import collections, json, sys

def sentences(path):
    sent, toks = None, []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# sent_id'):
            sent = line.split('=', 1)[1].strip()
        elif not line.strip():
            if toks:
                yield sent, toks
            toks = []
        elif not line.startswith('#'):
            f = line.split('\t')
            toks.append((f[1], f[2]))
    if toks:
        yield sent, toks

def layout(toks):
    text, offs = '', []
    for w, _ in toks:
        if text:
            text += ' '
        offs.append((len(text), len(text) + len(w)))
        text += w
    return text, offs

def gold_spans(toks, offs):
    out, cur = set(), None
    for i, (_, tag) in enumerate(toks + [('', 'O')]):
        if cur and not tag.startswith('I-'):
            out.add(cur); cur = None
        if tag.startswith('B-') or (tag.startswith('I-') and cur is None):
            cur = (offs[i][0], offs[i][1], tag[2:])
        elif tag.startswith('I-') and cur:
            cur = (cur[0], offs[i][1], cur[2])
    return {s for s in out if s[2] in ('PER', 'ORG', 'LOC')}

def cp_offsets(text):
    """UTF-16 offset -> code point offset."""
    m, u = {}, 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return m

def main():
    cmd, gold = sys.argv[1], sys.argv[2]
    if cmd == 'texts':
        for sid, toks in sentences(gold):
            print(json.dumps({'doc': sid, 'text': layout(toks)[0]}))
        return
    preds = collections.defaultdict(set)
    texts = {}
    for sid, toks in sentences(gold):
        texts[sid] = layout(toks)[0]
    for line in open(sys.argv[3]):
        p = json.loads(line)
        m = cp_offsets(texts.get(p['doc'], ''))
        if p['start'] in m and p['end'] in m:
            preds[p['doc']].add((m[p['start']], m[p['end']], p['type']))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    otp = collections.Counter()
    for sid, toks in sentences(gold):
        g = gold_spans(toks, layout(toks)[1])
        p = preds.get(sid, set())
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g:
            if s not in p:
                fn[s[2]] += 1
    print('type   P      R      F1     tp  pred  gold')
    def row(name, t, f, n):
        P = t / (t + f) if t + f else 0.0
        R = t / (t + n) if t + n else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        print(f'{name:6} {100*P:6.2f} {100*R:6.2f} {100*F:6.2f} {t:5} {t+f:5} {t+n:5}')
    for ty in ('PER', 'ORG', 'LOC'):
        row(ty, tp[ty], fp[ty], fn[ty])
    row('MICRO', sum(tp.values()), sum(fp.values()), sum(fn.values()))

if __name__ == '__main__':
    main()
