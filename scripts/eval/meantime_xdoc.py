#!/usr/bin/env python3
"""MEANTIME cross-document entity coreference: MUC, B3, CEAF-e, CoNLL F1. Standard library only.

  meantime_xdoc.py convert SHARED OUT_DIR CLUSTER_DIR...
      Runs the shared conversion (SHARED/eval/meantime.py convert: text, docs.jsonl, gold.jsonl)
      and adds OUT_DIR/instances.json (per document, ENTITY_MENTION m_id -> cross-document
      instance) and OUT_DIR/clusters.jsonl (one line per topic cluster for examples/eval_xdoc).

  meantime_xdoc.py score SHARED OUT_DIR PRED.jsonl [--json FILE]
      PRED.jsonl: eval_xdoc output, one line per cluster with "entities": [{"id", "kind",
      "mentions": [{"doc", "start", "end", "text"}]}], offsets in UTF-16 code units.

Conventions:
  * Gold mentions: exactly the mentions the shared NER scorer scores (meantime.py
    select_gold_entities, outer view, syntactic_type NAM or PRE.NAM, ENTITY type PER/ORG/LOC,
    inside the annotated region of each article). Each takes the cross-document identity of the
    ENTITY it REFERS_TO: its instance_id (shared across the articles of a cluster), or, for the
    few ENTITYs without one, the ENTITY itself (a chain within one article).
  * Predicted mentions: mentions of person / org / place entities (the eval_entities mapping)
    starting before the region end; a predicted entity is one item of "entities" (merged across
    the cluster's articles by corroborate).
  * Matching: per article, a one-to-one maximum matching of predicted and gold mentions that
    overlap by at least one character, exact spans preferred, types ignored (meantime.py
    max_matching). An unmatched prediction overlapping an annotated but unscored mention (the
    shared scorer's don't-care set) is dropped.
  * "all mentions": key = every gold mention, response = every kept predicted mention (a
    matched one takes its gold mention's identity): mention detection errors count.
    "matched mentions": both restricted to the matched mentions: linking alone.
  * Baselines on the matched mentions: "per article" splits each predicted entity at article
    boundaries (no cross-document merging); "same string" clusters mentions with the same
    lower-cased text across the cluster.
  * Metrics: micro over clusters (entities never cross clusters), scripts/eval/coref_metrics.py.
"""
import argparse
import collections
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coref_metrics  # noqa: E402


def shared_scorer(shared):
    sys.path.insert(0, os.path.join(shared, 'eval'))
    import meantime
    return meantime


def instances(path, doc):
    root = ET.parse(path).getroot()
    mk, rel = root.find('Markables'), root.find('Relations')
    ents = {e.get('m_id'): e for e in mk.findall('ENTITY')}
    out = {}
    if rel is None:
        return out
    for r in rel.findall('REFERS_TO'):
        tgt = r.find('target').get('m_id')
        if tgt not in ents:
            continue
        inst = ents[tgt].get('instance_id') or f'{doc}/{tgt}'
        for s in r.findall('source'):
            out.setdefault(s.get('m_id'), inst)
    return out


def convert(shared, out_dir, cluster_dirs):
    mt = shared_scorer(shared)
    docs, _ = mt.convert(out_dir, cluster_dirs)
    inst, clusters = {}, collections.OrderedDict()
    by_source = {}
    for cl in cluster_dirs:
        for path in glob.glob(os.path.join(cl, '*.xml')):
            by_source[(os.path.basename(os.path.normpath(cl)), os.path.basename(path))] = path
    for d in docs:
        inst[d['doc']] = instances(by_source[(d['cluster'], d['source'])], d['doc'])
        clusters.setdefault(d['cluster'], []).append(
            {'doc': d['doc'], 'path': os.path.join(os.path.abspath(out_dir), d['text'])})
    with open(os.path.join(out_dir, 'instances.json'), 'w') as f:
        json.dump(inst, f)
    with open(os.path.join(out_dir, 'clusters.jsonl'), 'w') as f:
        for c, ds in clusters.items():
            f.write(json.dumps({'cluster': c, 'docs': ds}) + '\n')
    print(f'{len(docs)} documents in {len(clusters)} clusters')


KINDS = {'person': 'PER', 'org': 'ORG', 'place': 'LOC'}


def score(shared, out_dir, pred_path, json_path=None):
    mt = shared_scorer(shared)
    docs = {d['doc']: d for d in map(json.loads, open(os.path.join(out_dir, 'docs.jsonl')))}
    golds = {g['doc']: g for g in map(json.loads, open(os.path.join(out_dir, 'gold.jsonl')))}
    inst = json.load(open(os.path.join(out_dir, 'instances.json')))
    texts = {d: open(os.path.join(out_dir, m['text']), encoding='utf-8').read() for d, m in docs.items()}

    # predicted mentions per document: (start, end) in code points -> (entity id, text)
    pred = collections.defaultdict(dict)
    for line in open(pred_path):
        rec = json.loads(line)
        for e in rec['entities']:
            if e['kind'] not in KINDS:
                continue
            for m in e['mentions']:
                d = m['doc']
                if d not in docs:
                    continue
                cp = mt.utf16_to_cp(texts[d])
                s, t = cp[m['start']], cp[m['end']]
                if s >= docs[d]['region_end']:
                    continue
                pred[d].setdefault((s, t), (f"{rec['cluster']}/{e['id']}", texts[d][s:t]))

    clusters = collections.defaultdict(lambda: {'key': {}, 'resp': {}, 'kmatch': {}, 'rmatch': {},
                                                'per_article': {}, 'string': {}, 'n': collections.Counter()})
    for d, meta in docs.items():
        c = clusters[meta['cluster']]
        gold, dontcare = mt.select_gold_entities(golds[d], {'NAM', 'PRE.NAM'}, 'outer')
        gold = sorted(gold, key=lambda g: (g['start'], g['end']))
        gspans = [(g['start'], g['end']) for g in gold]
        pspans = sorted(pred[d])
        match = mt.max_matching(pspans, gspans)
        for j, g in enumerate(gold):
            ident = inst[d].get(g['m_id'], f"{d}/{g['m_id']}")
            c['key'][('g', d, j)] = ident
        matched_gold = set(match.values())
        for i, span in enumerate(pspans):
            ent, text = pred[d][span]
            if i in match:
                mid = ('g', d, match[i])
                c['n']['exact' if span == gspans[match[i]] else 'overlap'] += 1
            else:
                if any(min(span[1], x['end']) - max(span[0], x['start']) > 0 for x in dontcare):
                    c['n']['ignored'] += 1
                    continue
                mid = ('p', d, i)
                c['n']['unmatched'] += 1
            c['resp'][mid] = ent
            if i in match:
                c['kmatch'][mid] = c['key'][mid]
                c['rmatch'][mid] = ent
                c['per_article'][mid] = (ent, d)
                c['string'][mid] = text.lower()
        c['n']['gold'] += len(gold)
        c['n']['missed'] += len(gold) - len(matched_gold)

    def union(field):
        out = {}
        for name, c in clusters.items():
            for m, v in c[field].items():
                out[(name,) + m] = (name, v)
        return out

    rows = []
    n = collections.Counter()
    for name in sorted(clusters):
        c = clusters[name]
        n.update(c['n'])
        rows.append((f'{name}: matched mentions', coref_metrics.all_metrics(c['kmatch'], c['rmatch'])))
    total = [
        ('corroborate, all mentions', coref_metrics.all_metrics(union('key'), union('resp'))),
        ('corroborate, matched mentions', coref_metrics.all_metrics(union('kmatch'), union('rmatch'))),
        ('baseline: per article (no merging)', coref_metrics.all_metrics(union('kmatch'), union('per_article'))),
        ('baseline: same string', coref_metrics.all_metrics(union('kmatch'), union('string'))),
    ]
    docs_of = collections.defaultdict(set)
    for (_, _, d, _), ident in union('key').items():
        docs_of[ident].add(d)
    gold_entities = len(docs_of)
    multi = sum(1 for ds in docs_of.values() if len(ds) > 1)
    print(f"gold name mentions {n['gold']} in {gold_entities} entities ({multi} in two or more articles); predicted mentions matched "
          f"{n['exact'] + n['overlap']} ({n['exact']} exact, {n['overlap']} overlap), unmatched {n['unmatched']}, "
          f"ignored {n['ignored']}; gold missed {n['missed']}")
    print()
    head = f"{'':<38}{'MUC F1':>8}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'CEAFe F1':>10}{'CoNLL F1':>10}"
    print(head)
    for label, m in rows + total:
        print(f"{label:<38}{100 * m['muc'][2]:>8.1f}{100 * m['b3'][0]:>7.1f}{100 * m['b3'][1]:>7.1f}"
              f"{100 * m['b3'][2]:>7.1f}{100 * m['ceafe'][2]:>10.1f}{100 * m['conll']:>10.1f}")
    if json_path:
        with open(json_path, 'w') as f:
            json.dump({'counts': n, 'scores': dict(rows + total)}, f, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    c = sub.add_parser('convert')
    c.add_argument('shared')
    c.add_argument('out_dir')
    c.add_argument('clusters', nargs='+')
    s = sub.add_parser('score')
    s.add_argument('shared')
    s.add_argument('out_dir')
    s.add_argument('pred')
    s.add_argument('--json')
    a = ap.parse_args()
    if a.cmd == 'convert':
        convert(a.shared, a.out_dir, a.clusters)
    else:
        score(a.shared, a.out_dir, a.pred, a.json)


if __name__ == '__main__':
    sys.exit(main())
