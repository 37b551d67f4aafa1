"""Checks a notes file of the compliance set and prints its counts.

python3 check.py                     (notes.jsonl, tune/heldout)
python3 check.py heldout2.jsonl      (held-out set 2: ids h2c001…, split heldout2)
python3 check.py fresh23.jsonl       (fresh set 23: ids f23tune001, f23held003…, split fresh23)
python3 check.py fresh26.jsonl       (fresh set 26: ids f26c001-tune, f26c002-held…, split fresh26)
python3 check.py fresh27.jsonl       (fresh set 27: ids f27c001-tune, f27c002-held…, split fresh27)
(needs PyYAML)

- every line has id, date, rep, text, findings, split; ids c001… in order, dates ISO and non-decreasing
- every finding: kind in the four kinds, `text` an exact substring of the note that occurs once,
  `product` null or a canonical own product of catalog.yaml; off_label always names a product
- personal_data and rival inducements carry product null (see README conventions)
- each note names one known account (alias from ../dev/customers.csv) owned by the note's rep,
  or is a phone/WeChat note that names its account
"""
import csv, datetime, json, os, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ('adverse_event', 'inducement', 'off_label', 'personal_data')

cat = yaml.safe_load(open(os.path.join(HERE, 'catalog.yaml'), encoding='utf-8'))
own = {p['name'] for p in cat['products']}
assert all(p.get('indications') for p in cat['products']), 'every product needs indications'
cust = list(csv.DictReader(open(os.path.join(HERE, '..', 'dev', 'customers.csv'), encoding='utf-8')))
names = []
for c in cust:
    for a in [c['name']] + [x for x in c['aliases'].split('|') if x]:
        names.append((a, c))
names.sort(key=lambda x: -len(x[0]))

errors = []
FILE = sys.argv[1] if len(sys.argv) > 1 else 'notes.jsonl'
PREFIX, SPLITS = ('h2c', ('heldout2',)) if FILE == 'heldout2.jsonl' else ('c', ('tune', 'heldout'))
if FILE == 'fresh23.jsonl':  # ids f23tune001, f23tune002, f23held003…: every third note held
    PREFIX, SPLITS = None, ('fresh23',)
# fresh sets 26 and 27: ids f26c001-tune, f26c002-held…: every second note held
FRESH26 = FILE in ('fresh26.jsonl', 'fresh27.jsonl')
if FRESH26:
    PREFIX, SPLITS = None, (FILE[:-6],)
rows = [json.loads(l) for l in open(os.path.join(HERE, FILE), encoding='utf-8')]
prev = None
for n, r in enumerate(rows, 1):
    rid = r.get('id')
    if set(r) != {'id', 'date', 'rep', 'text', 'findings', 'split'}:
        errors.append(f'{rid}: keys {sorted(r)}')
    want = f'{PREFIX}{n:03d}' if PREFIX else f"f23{'held' if n % 3 == 0 else 'tune'}{n:03d}"
    if FRESH26:
        want = f"f{FILE[5:7]}c{n:03d}-{'held' if n % 2 == 0 else 'tune'}"
    if rid != want:
        errors.append(f'{rid}: expected {want}')
    d = datetime.date.fromisoformat(r['date'])
    if prev and d < prev:
        errors.append(f'{rid}: date goes back')
    prev = d
    if r['rep'] not in ('张伟', '李娜'):
        errors.append(f'{rid}: rep {r["rep"]}')
    if r['split'] not in SPLITS:
        errors.append(f'{rid}: split {r["split"]}')
    t = r['text']
    for f in r['findings']:
        if set(f) != {'kind', 'text', 'product'}:
            errors.append(f'{rid}: finding keys {sorted(f)}')
        if f['kind'] not in KINDS:
            errors.append(f'{rid}: kind {f["kind"]}')
        if t.count(f['text']) != 1:
            errors.append(f'{rid}: span occurs {t.count(f["text"])}x: {f["text"]}')
        if f['product'] is not None and f['product'] not in own:
            errors.append(f'{rid}: product {f["product"]}')
        if f['kind'] == 'off_label' and f['product'] is None:
            errors.append(f'{rid}: off_label without product')
        if f['kind'] == 'personal_data' and f['product'] is not None:
            errors.append(f'{rid}: personal_data with product')
    # account ownership: the first (longest-alias) account named in the text
    rest, hits = t, []
    for a, c in names:
        if a in rest:
            hits.append((t.find(a), c))
            rest = rest.replace(a, '\0' * len(a))
    hits.sort(key=lambda x: x[0])
    if not hits:
        errors.append(f'{rid}: no known account named')
    elif hits[0][1]['rep'] != r['rep']:
        errors.append(f'{rid}: {hits[0][1]["name"]} belongs to {hits[0][1]["rep"]}, not {r["rep"]}')

for e in errors:
    print('ERROR', e)

notes_by_kind = collections.Counter()
finds_by_kind = collections.Counter()
split_kind = collections.Counter()
for r in rows:
    ks = {f['kind'] for f in r['findings']}
    for k in ks:
        notes_by_kind[k] += 1
        split_kind[(k, r['split'])] += 1
    for f in r['findings']:
        finds_by_kind[f['kind']] += 1
    if not ks:
        split_kind[('none', r['split'])] += 1
split = collections.Counter(r['split'] for r in rows)
multi = sum(1 for r in rows if len(r['findings']) > 1)
multikind = sum(1 for r in rows if len({f['kind'] for f in r['findings']}) > 1)
print(f'notes {len(rows)}  tune {split["tune"]}  heldout {split["heldout"]}  '
      f'with >1 finding {multi}  with >1 kind {multikind}')
print(f'{"kind":15} {"notes":>5} {"findings":>8} {"tune":>5} {"heldout":>7}')
for k in KINDS + ('none',):
    print(f'{k:15} {notes_by_kind[k] if k != "none" else sum(v for (kk, _), v in split_kind.items() if kk == k):>5} '
          f'{finds_by_kind[k] if k != "none" else "-":>8} {split_kind[(k,"tune")]:>5} {split_kind[(k,"heldout")]:>7}')
sys.exit(1 if errors else 0)
