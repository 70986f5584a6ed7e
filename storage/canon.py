"""Group name variants into canonical participants: a pure, order-independent function of the set.

Rules (each merge records a reason):
1. Two full names (2+ words) of one kind join when every word matches in order (same word or the
   same name in another spelling, see similar.tokens_match), or when the shorter one (2+ words)
   is the end of the longer one and their countries do not disagree.
2. A one-word person name joins the one full-name cluster it can mean: the cluster's last word, or
   a one-word alias an article gave it. When several fit, only the one whose roles or countries
   agree with it; otherwise it stays on its own. So `Bagheri` never joins both `Mohammad Bagheri`
   and `Ali Bagheri Kani`, and those two never join each other.
3. Remaining one-word names join each other when they match.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from storage.similar import skeleton, tokens_match


@dataclass(frozen=True)
class Variant:
    """One distinct folded name of one kind, with what every article said about it."""

    pk: int
    kind: str
    name: str
    norm: str
    articles: int = 0
    roles: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    aliases: frozenset[str] = frozenset()

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.norm.split())


@dataclass
class Cluster:
    id: str
    name: str
    kind: str
    members: list[Variant]
    merges: list[str] = field(default_factory=list)


def block_keys(v: Variant) -> set[str]:
    """Keys shared by any two variants a rule may join (the refresh loads whole key components)."""
    keys = {f"{v.kind}:{skeleton(v.tokens[-1])}"} if v.tokens else set()
    keys.update(f"{v.kind}:{skeleton(a)}" for a in v.aliases if len(a.split()) == 1)
    return keys


class _Union:
    def __init__(self, items: list[Variant]) -> None:
        self.parent = {v.pk: v.pk for v in items}
        self.reasons: dict[int, list[str]] = {v.pk: [] for v in items}

    def find(self, pk: int) -> int:
        while self.parent[pk] != pk:
            self.parent[pk] = self.parent[self.parent[pk]]
            pk = self.parent[pk]
        return pk

    def join(self, a: int, b: int, reason: str) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        if ra != rb:
            self.parent[rb] = ra
            self.reasons[ra] += self.reasons.pop(rb) + [reason]


def _words_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(tokens_match(x, y) for x, y in zip(a, b, strict=True))


def _full_pair(a: Variant, b: Variant) -> str | None:
    """Why full names a and b are one participant, or None."""
    if _words_match(a.tokens, b.tokens):
        return f"'{b.name}' is '{a.name}' in another spelling"
    short, long_ = sorted((a, b), key=lambda v: (len(v.tokens), v.norm))
    disagree = short.countries and long_.countries and not short.countries & long_.countries
    if len(short.tokens) >= 2 and not disagree and _words_match(short.tokens, long_.tokens[-len(short.tokens):]):
        return f"'{short.name}' is the end of '{long_.name}'"
    return None


def _agrees(single: Variant, members: list[Variant]) -> bool:
    roles = frozenset().union(*(m.roles for m in members))
    countries = frozenset().union(*(m.countries for m in members))
    return bool(single.roles & roles or single.countries & countries)


def _attach_single(u: _Union, single: Variant, fulls: list[Variant]) -> bool:
    token = single.tokens[0]
    fits = [f for f in fulls if tokens_match(token, f.tokens[-1]) or any(tokens_match(token, a) for a in f.aliases)]
    roots = sorted({u.find(f.pk) for f in fits})
    groups = {r: [f for f in fulls if u.find(f.pk) == r] for r in roots}
    if len(roots) > 1:
        roots = [r for r in roots if _agrees(single, groups[r])]
        why = "roles or countries agree"
    else:
        why = "the only full name it fits"
    if len(roots) != 1:
        return False
    target = min(groups[roots[0]], key=lambda v: v.norm)
    u.join(target.pk, single.pk, f"'{single.name}' is the surname of '{target.name}' ({why})")
    return True


def _canonical(members: list[Variant]) -> Variant:
    """The fullest form; among equals the one most articles use, then alphabetical."""
    return min(members, key=lambda v: (-len(v.tokens), -v.articles, v.name.casefold(), v.name))


def participant_id(kind: str, name_norm: str) -> str:
    """Stable id from the canonical name's spelling-insensitive skeleton."""
    key = f"{kind}|{' '.join(skeleton(t) for t in name_norm.split())}"
    return "p" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


def cluster(items: list[Variant]) -> list[Cluster]:
    """Clusters of the variants, identical for any order of `items`."""
    items = sorted(items, key=lambda v: (v.kind, v.norm))
    u = _Union(items)
    fulls = [v for v in items if len(v.tokens) >= 2]
    singles = [v for v in items if len(v.tokens) == 1]
    for i, a in enumerate(fulls):
        for b in fulls[i + 1:]:
            if a.kind == b.kind and (reason := _full_pair(a, b)):
                u.join(a.pk, b.pk, reason)
    people = [f for f in fulls if f.kind == "person"]
    loose = [s for s in singles if s.kind != "person" or not _attach_single(u, s, people)]
    for i, a in enumerate(loose):
        for b in loose[i + 1:]:
            if a.kind == b.kind and tokens_match(a.tokens[0], b.tokens[0]):
                u.join(a.pk, b.pk, f"'{b.name}' is '{a.name}' in another spelling")
    return _clusters(u, items)


def _clusters(u: _Union, items: list[Variant]) -> list[Cluster]:
    groups: dict[int, list[Variant]] = {}
    for v in items:
        groups.setdefault(u.find(v.pk), []).append(v)
    out: list[Cluster] = []
    taken: set[str] = set()
    for root, members in sorted(groups.items(), key=lambda kv: _canonical(kv[1]).norm):
        head = _canonical(members)
        pid = participant_id(head.kind, head.norm)
        while pid in taken:  # two people whose names share a skeleton
            pid = participant_id(head.kind, head.norm + " " + pid)
        taken.add(pid)
        out.append(Cluster(pid, head.name, head.kind, members, sorted(u.reasons[root])))
    return out
