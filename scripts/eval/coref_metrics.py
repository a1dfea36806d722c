"""Coreference metrics over mention sets that may differ between key and response.

Clusterings are dicts mention -> cluster id. Standard library only. Definitions as in the CoNLL-2012
reference scorer (Pradhan et al. 2014): a key mention missing from the response lowers recall, a
response mention missing from the key lowers precision.

  MUC    (Vilain et al. 1995): links; R = sum(|k| - |p(k)|) / sum(|k| - 1) where p(k) partitions k
         by the response (mentions absent from the response are their own part).
  B3     (Bagga & Baldwin 1998): R = sum_k sum_r |k∩r|^2/|k| / sum|k|, P symmetric.
  CEAF-e (Luo 2005): phi4(k, r) = 2|k∩r|/(|k|+|r|); the best one-to-one alignment of key and
         response entities (Kuhn-Munkres, per connected component); R = sim/|K|, P = sim/|R|.
  CoNLL F1 = mean of the three F1.
"""
from collections import defaultdict


def clusters(assign):
    out = defaultdict(set)
    for m, c in assign.items():
        out[c].add(m)
    return list(out.values())


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key, resp):
    def side(a, b):
        num = den = 0
        for k in clusters(a):
            parts = {b[m] for m in k if m in b}
            parts_n = len(parts) + sum(1 for m in k if m not in b)
            num += len(k) - parts_n
            den += len(k) - 1
        return num / den if den else 0.0
    r, p = side(key, resp), side(resp, key)
    return p, r, f1(p, r)


def b3(key, resp):
    def side(a, b):
        num = 0.0
        total = 0
        for k in clusters(a):
            counts = defaultdict(int)
            for m in k:
                if m in b:
                    counts[b[m]] += 1
            num += sum(c * c for c in counts.values()) / len(k)
            total += len(k)
        return num / total if total else 0.0
    r, p = side(key, resp), side(resp, key)
    return p, r, f1(p, r)


def _assignment(w):
    """Maximum-weight assignment on a rectangular matrix w (rows <= cols or not); returns total."""
    n, m = len(w), len(w[0]) if w else 0
    if n == 0 or m == 0:
        return 0.0
    transposed = n > m
    if transposed:
        w = [list(col) for col in zip(*w)]
        n, m = m, n
    # Hungarian algorithm (min cost) on cost = -w, 1-indexed potentials (e-maxx formulation).
    inf = float('inf')
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -w[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(w[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def ceafe(key, resp):
    kc, rc = clusters(key), clusters(resp)
    r_of = defaultdict(set)  # mention -> response cluster indexes
    for j, r in enumerate(rc):
        for m in r:
            r_of[m].add(j)
    # connected components of the key/response overlap graph
    seen_k, seen_r, sim = set(), set(), 0.0
    for start in range(len(kc)):
        if start in seen_k:
            continue
        ks, rs, stack = {start}, set(), [('k', start)]
        k_of = None
        while stack:
            side, i = stack.pop()
            if side == 'k':
                for m in kc[i]:
                    for j in r_of.get(m, ()):
                        if j not in rs:
                            rs.add(j)
                            stack.append(('r', j))
            else:
                if k_of is None:
                    k_of = {}
                    for a, k in enumerate(kc):
                        for m in k:
                            k_of[m] = a
                for m in rc[i]:
                    a = k_of.get(m)
                    if a is not None and a not in ks:
                        ks.add(a)
                        stack.append(('k', a))
        seen_k |= ks
        seen_r |= rs
        if not rs:
            continue
        kl, rl = sorted(ks), sorted(rs)
        w = [[2 * len(kc[a] & rc[b]) / (len(kc[a]) + len(rc[b])) for b in rl] for a in kl]
        sim += _assignment(w)
    r = sim / len(kc) if kc else 0.0
    p = sim / len(rc) if rc else 0.0
    return p, r, f1(p, r)


def all_metrics(key, resp):
    out = {'muc': muc(key, resp), 'b3': b3(key, resp), 'ceafe': ceafe(key, resp)}
    out['conll'] = sum(v[2] for v in out.values()) / 3
    return out


if __name__ == '__main__':
    # Self-checks against hand-computed values.
    key = {1: 'a', 2: 'a', 3: 'a', 4: 'b', 5: 'b'}
    same = all_metrics(key, key)
    assert all(abs(same[k][2] - 1) < 1e-9 for k in ('muc', 'b3', 'ceafe')), same
    resp = {1: 'x', 2: 'x', 3: 'y', 4: 'y', 5: 'y'}
    m = all_metrics(key, resp)
    # MUC: R = ((3-2)+(2-1))/(2+1) = 2/3; P = ((2-1)+(3-2))/(1+2) = 2/3
    assert abs(m['muc'][1] - 2 / 3) < 1e-9 and abs(m['muc'][0] - 2 / 3) < 1e-9, m
    # B3 R = (4/3 + 1/3 + 4/2) / 5 = 11/15 ; P = (4/2 + 1/3 + 4/3)/5 = 11/15
    assert abs(m['b3'][1] - 11 / 15) < 1e-9 and abs(m['b3'][0] - 11 / 15) < 1e-9, m
    # CEAF-e: best alignment a-x (2*2/5=0.8) + b-y (2*2/5=0.8) = 1.6; R = P = 0.8
    assert abs(m['ceafe'][2] - 0.8) < 1e-9, m
    # missing / extra mentions
    m = all_metrics({1: 'a', 2: 'a'}, {1: 'x', 3: 'x'})
    assert abs(m['b3'][1] - 0.25) < 1e-9 and abs(m['b3'][0] - 0.25) < 1e-9, m  # mention 1: 1/2, mention 2: 0
    assert m['muc'][2] == 0.0, m
    print('coref_metrics: ok')
