#!/usr/bin/env python3
"""Speaker accuracy on MEANTIME's speech/cognition events. Standard library only.

  meantime_speakers.py convert OUT_DIR CLUSTER_DIR...   text/<doc>.txt + speakers_gold.jsonl
  meantime_speakers.py score OUT_DIR PRED.jsonl [--errors FILE]

Text is built by the shared meantime.py (same tokens, same offsets). Gold: every
EVENT_MENTION referring to a SPEECH_COGNITIVE EVENT that has a HAS_PARTICIPANT Arg0 (the
speaker or source). Its speaker set is the Arg0 mention plus every mention referring to the
same ENTITY instance (coreference, as annotated).

Matching, per gold event: our quote whose cue overlaps the event mention, else our quote
whose span overlaps it (first in text order). The event is correct when that quote's
speaker span shares a character with the Arg0 mention or a coreferent mention.
  accuracy = correct / gold events with a speaker
  coverage = gold events matched to a quote / gold events with a speaker
  accuracy on matched = correct / matched
PRED.jsonl: {"doc","start","end","cue":[s,e]|null,"speaker":[s,e]|null}, UTF-16 offsets.
"""
import collections
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.environ.get('SHARED', os.path.join(os.path.dirname(__file__), '../../../shared')), 'eval'))
import meantime  # noqa: E402


def gold_events(path):
    text, meta, tokens, _, _ = meantime.read_doc(path)
    span = {t[0]: (t[2], t[3]) for t in tokens}
    root = ET.parse(path).getroot()
    mk, rel = root.find('Markables'), root.find('Relations')

    def extent(el):
        a = sorted(int(x.get('t_id')) for x in el.findall('token_anchor'))
        return (span[a[0]][0], span[a[-1]][1]) if a else None

    events = {e.get('m_id'): e.get('class') for e in mk.findall('EVENT')}
    ents = {e.get('m_id') for e in mk.findall('ENTITY')}
    mentions = {el.get('m_id'): extent(el) for el in mk if el.tag in ('ENTITY_MENTION', 'EVENT_MENTION')}
    refers, members = {}, collections.defaultdict(list)
    for r in rel.findall('REFERS_TO') if rel is not None else []:
        tgt = r.find('target').get('m_id')
        for s in r.findall('source'):
            refers[s.get('m_id')] = tgt
            if tgt in ents:
                members[tgt].append(s.get('m_id'))
    out = []
    for r in rel.findall('HAS_PARTICIPANT') if rel is not None else []:
        if r.get('sem_role') != 'Arg0':
            continue
        ev = r.find('source').get('m_id')
        if events.get(refers.get(ev)) != 'SPEECH_COGNITIVE' or not mentions.get(ev):
            continue
        spk = r.find('target').get('m_id')
        same = {spk} | set(members.get(refers.get(spk), []))
        spans = sorted({mentions[m] for m in same if mentions.get(m)})
        if not spans:
            continue
        out.append({'event': mentions[ev], 'event_text': text[mentions[ev][0]:mentions[ev][1]],
                    'speakers': spans, 'speaker_text': text[mentions[spk][0]:mentions[spk][1]] if mentions.get(spk) else ''})
    return meta['doc'], text, out


def convert(out_dir, clusters):
    os.makedirs(os.path.join(out_dir, 'text'), exist_ok=True)
    with open(os.path.join(out_dir, 'speakers_gold.jsonl'), 'w') as g:
        for cl in clusters:
            for path in sorted(glob.glob(os.path.join(cl, '*.xml'))):
                doc, text, events = gold_events(path)
                with open(os.path.join(out_dir, 'text', doc + '.txt'), 'w') as f:
                    f.write(text)
                g.write(json.dumps({'doc': doc, 'events': events}) + '\n')


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def to_cp(text):
    """UTF-16 offset -> code point offset."""
    m, u = [], 0
    for i, ch in enumerate(text):
        m.append(i)
        if ord(ch) > 0xFFFF:
            m.append(i)
    m.append(len(text))
    return lambda x: m[x] if x is not None and x < len(m) else len(text)


def score(out_dir, pred_path, errors=None):
    preds = collections.defaultdict(list)
    for line in open(pred_path):
        p = json.loads(line)
        preds[p['doc']].append(p)
    n = matched = correct = 0
    errs = []
    for line in open(os.path.join(out_dir, 'speakers_gold.jsonl')):
        g = json.loads(line)
        text = open(os.path.join(out_dir, 'text', g['doc'] + '.txt')).read()
        cp = to_cp(text)
        qs = []
        for p in preds[g['doc']]:
            conv = lambda r: (cp(r[0]), cp(r[1])) if r else None  # noqa: E731
            qs.append({'span': conv((p['start'], p['end'])), 'cue': conv(p.get('cue')), 'speaker': conv(p.get('speaker'))})
        for e in g['events']:
            n += 1
            ev = tuple(e['event'])
            q = next((q for q in qs if overlaps(q['cue'], ev)), None) or next((q for q in qs if overlaps(q['span'], ev)), None)
            ok = False
            if q is not None:
                matched += 1
                ok = any(overlaps(q['speaker'], tuple(s)) for s in e['speakers'])
                correct += ok
            if not ok:
                errs.append({'doc': g['doc'], 'event': e['event_text'], 'gold': e['speaker_text'],
                             'found': text[q['speaker'][0]:q['speaker'][1]] if q and q['speaker'] else None,
                             'matched': q is not None})
    if errors:
        with open(errors, 'w') as f:
            for x in errs:
                f.write(json.dumps(x) + '\n')
    acc = correct / n if n else 0.0
    print(f'MEANTIME speech events with a speaker: {n}')
    print(f'  coverage (matched to a quote)  {matched / n if n else 0:.3f}  ({matched}/{n})')
    print(f'  speaker accuracy               {acc:.3f}  ({correct}/{n})')
    print(f'  speaker accuracy on matched    {correct / matched if matched else 0:.3f}  ({correct}/{matched})')


def main():
    a = sys.argv[1:]
    if len(a) >= 3 and a[0] == 'convert':
        convert(a[1], a[2:])
    elif len(a) >= 3 and a[0] == 'score':
        errors = a[a.index('--errors') + 1] if '--errors' in a else None
        score(a[1], a[2], errors)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
