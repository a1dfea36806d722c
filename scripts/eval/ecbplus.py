#!/usr/bin/env python3
"""ECB+ test topics: grouping articles by event, pairwise P/R/F1. Standard library only.

  ecbplus.py convert ECB_DIR OUT_DIR
      ECB_DIR holds one folder per topic (36/, 37/, ...) of CAT XML files T_Necb.xml and
      T_Necbplus.xml. Writes OUT_DIR/text/<doc>.txt, OUT_DIR/gold.jsonl (doc, topic, sub-topic)
      and OUT_DIR/clusters.jsonl, one line per topic for examples/eval_xdoc:
      {"cluster": "36", "docs": [{"doc": "36_1ecb", "path": ...}, ...]}.

  ecbplus.py score OUT_DIR PRED.jsonl [--json FILE]
      PRED.jsonl: eval_xdoc output, one line per topic with "events": [{"articles": [...]}].

Conventions:
  * Text: tokens in (sentence, number) order, one sentence per line, tokens joined by one space
    except before , . ; : ! ? % ) ] } 's n't ... and after ( [ { $ (the MEANTIME conversion's
    rules, simplified: quotes are kept as separate tokens with spaces).
  * The ecbplus documents begin with their source URL as sentence 0 (e.g.
    "http://www.ibtimes.com/warren-jeffs-found-guilty-..."); it is dropped, since its slug names
    the event and is not article text. ECB documents keep every sentence.
  * Gold: the two sub-topics of a topic are its two events: T_*ecb.xml and T_*ecbplus.xml.
  * Score: over every pair of articles within a topic, a pair is gold-positive when both are
    in the same sub-topic and predicted-positive when both are in the same predicted event group.
    Precision, recall and F1 are micro-averaged over topics (pair counts summed). Articles missing
    from the prediction count as alone. Baselines: all articles of a topic in one group; the
    gold split is 100 by construction.
"""
import argparse
import glob
import itertools
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', '%', ')', ']', '}', "'s", "'S", "n't",
                   "'re", "'ve", "'ll", "'d", "'m", '...'}
NO_SPACE_AFTER = {'(', '[', '{', '$'}


def read_text(path, drop_url):
    root = ET.parse(path).getroot()
    toks = sorted((int(t.get('sentence')), int(t.get('number')), (t.text or '').strip())
                  for t in root.iter('token'))
    lines = []
    for sent, group in itertools.groupby(toks, key=lambda t: t[0]):
        words = [t[2] for t in group if t[2]]
        if drop_url and sent == 0 and words and words[0].lower() in ('http', 'https', 'www'):
            continue
        line = ''
        for w in words:
            if line and w not in NO_SPACE_BEFORE and line.split(' ')[-1] not in NO_SPACE_AFTER:
                line += ' '
            line += w
        if line:
            lines.append(line)
    return '\n'.join(lines) + '\n'


def convert(ecb_dir, out_dir):
    os.makedirs(os.path.join(out_dir, 'text'), exist_ok=True)
    gold, clusters = [], []
    for topic_dir in sorted(glob.glob(os.path.join(ecb_dir, '*')), key=lambda p: int(os.path.basename(p))):
        topic = os.path.basename(topic_dir)
        docs = []
        for path in sorted(glob.glob(os.path.join(topic_dir, '*.xml'))):
            name = os.path.basename(path)[:-4]
            m = re.fullmatch(r'(\d+)_(\d+)(ecb|ecbplus)', name)
            if not m:
                continue
            sub = m.group(3)
            text = read_text(path, drop_url=sub == 'ecbplus')
            rel = os.path.join('text', name + '.txt')
            with open(os.path.join(out_dir, rel), 'w', encoding='utf-8') as f:
                f.write(text)
            gold.append({'doc': name, 'topic': topic, 'subtopic': f'{topic}{sub}'})
            docs.append({'doc': name, 'path': os.path.join(out_dir, rel)})
        clusters.append({'cluster': topic, 'docs': docs})
    with open(os.path.join(out_dir, 'gold.jsonl'), 'w') as f:
        for g in gold:
            f.write(json.dumps(g) + '\n')
    with open(os.path.join(out_dir, 'clusters.jsonl'), 'w') as f:
        for c in clusters:
            f.write(json.dumps(c) + '\n')
    print(f'{len(gold)} documents in {len(clusters)} topics')


def pair_counts(docs, gold_of, pred_of):
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(docs), 2):
        g = gold_of[a] == gold_of[b]
        p = pred_of[a] == pred_of[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(out_dir, pred_path, json_path=None):
    gold = [json.loads(l) for l in open(os.path.join(out_dir, 'gold.jsonl'))]
    topics = {}
    for g in gold:
        topics.setdefault(g['topic'], []).append(g['doc'])
    gold_of = {g['doc']: g['subtopic'] for g in gold}
    pred_of = {}
    groups = {}
    for line in open(pred_path):
        rec = json.loads(line)
        groups[str(rec['cluster'])] = [e['articles'] for e in rec['events']]
        for i, ev in enumerate(rec['events']):
            for d in ev['articles']:
                pred_of[d] = f"{rec['cluster']}/{i}"
    for d in gold_of:
        pred_of.setdefault(d, f'alone/{d}')
    rows = []
    total = {'sys': [0, 0, 0], 'one': [0, 0, 0]}
    for t, docs in topics.items():
        sys_c = pair_counts(docs, gold_of, pred_of)
        one_c = pair_counts(docs, gold_of, {d: 0 for d in docs})
        for k, c in (('sys', sys_c), ('one', one_c)):
            total[k] = [x + y for x, y in zip(total[k], c)]
        sizes = sorted((len(g) for g in groups.get(t, [])), reverse=True)
        # purity of the largest predicted group: share of its articles in its majority sub-topic
        main = groups.get(t, [[]])[0]
        subs = [gold_of[d] for d in main if d in gold_of]
        purity = max(subs.count(s) for s in set(subs)) / len(subs) if subs else 0.0
        gold_sizes = sorted((sum(1 for d in docs if gold_of[d] == s) for s in {gold_of[d] for d in docs}), reverse=True)
        rows.append((t, len(docs), gold_sizes, sizes, prf(*sys_c), purity))
    print(f"{'topic':<6}{'docs':>5}  {'gold groups':<12}{'predicted groups':<28}{'P':>6}{'R':>6}{'F1':>6}{'main purity':>13}")
    for t, n, gs, ps, (p, r, f), pur in rows:
        shown = ' '.join(map(str, ps[:8])) + (' …' if len(ps) > 8 else '')
        print(f"{t:<6}{n:>5}  {'+'.join(map(str, gs)):<12}{shown:<28}{100 * p:>6.1f}{100 * r:>6.1f}{100 * f:>6.1f}{100 * pur:>12.1f}%")
    print()
    res = {k: dict(zip(('p', 'r', 'f1'), prf(*v))) for k, v in total.items()}
    print(f"{'pairwise, micro over topics':<34}{'P':>7}{'R':>7}{'F1':>7}")
    print(f"{'corroborate (Analysis.events)':<34}{100 * res['sys']['p']:>7.1f}{100 * res['sys']['r']:>7.1f}{100 * res['sys']['f1']:>7.1f}")
    print(f"{'baseline: one group per topic':<34}{100 * res['one']['p']:>7.1f}{100 * res['one']['r']:>7.1f}{100 * res['one']['f1']:>7.1f}")
    if json_path:
        with open(json_path, 'w') as f:
            json.dump(res, f, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    c = sub.add_parser('convert')
    c.add_argument('ecb_dir')
    c.add_argument('out_dir')
    s = sub.add_parser('score')
    s.add_argument('out_dir')
    s.add_argument('pred')
    s.add_argument('--json')
    a = ap.parse_args()
    if a.cmd == 'convert':
        convert(a.ecb_dir, a.out_dir)
    else:
        score(a.out_dir, a.pred, a.json)


if __name__ == '__main__':
    sys.exit(main())
