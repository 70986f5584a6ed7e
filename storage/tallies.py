"""Per-variant fact counts kept at write time, so clustering reads O(distinct facts), not O(article links).

`participant_variant_facts` holds one row per (variant, fact, value) with the number of article
links (or quotes) that state it:

- `article` / "": links of the variant (one per article, the link's primary key ensures it);
- `quote` / "": quotes whose speaker is the variant;
- `role`, `country` / raw text: links giving that role or country (empty values are not facts);
- `alias` / raw text: links listing that alias (once per link, even if listed twice).

The writer adds a batch's counts in the batch's transaction and subtracts a deleted article's;
rows that reach zero are removed, so "a row exists" means "some stored article states it".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from storage.schema import variant_facts

Key = tuple[int, str, str]  # (variant_pk, fact, value)
FACTS = ("article", "quote", "role", "country", "alias")


def link_facts(variant_pk: int, role: str | None, country: str | None, aliases_json: str) -> list[Key]:
    """The facts one article link states about its variant."""
    keys = [(variant_pk, "article", "")]
    keys += [(variant_pk, "role", role)] if role else []
    keys += [(variant_pk, "country", country)] if country else []
    keys += [(variant_pk, "alias", a) for a in sorted(set(json.loads(aliases_json)))]
    return keys


def count(links: Iterable, speakers: Iterable[int | None]) -> Counter[Key]:
    """Fact counts of link rows (mappings or Rows with variant_pk/role/country/aliases) and quote speakers."""
    counts: Counter[Key] = Counter()
    for link in links:
        get = link.get if isinstance(link, dict) else link._mapping.get
        counts.update(link_facts(get("variant_pk"), get("role"), get("country"), get("aliases")))
    counts.update((pk, "quote", "") for pk in speakers if pk is not None)
    return counts


def add(conn: sa.Connection, counts: Counter[Key]) -> None:
    """Add counts (an upsert per distinct fact, in key order so concurrent writers lock alike)."""
    rows = [{"variant_pk": k[0], "fact": k[1], "value": k[2], "n": n} for k, n in sorted(counts.items()) if n]
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(variant_facts)
    stmt = stmt.on_conflict_do_update(index_elements=["variant_pk", "fact", "value"],
                                      set_={"n": variant_facts.c.n + stmt.excluded.n})
    conn.execute(stmt, rows)


def subtract(conn: sa.Connection, counts: Counter[Key]) -> None:
    """Take counts away and drop the facts no stored article states any more."""
    rows = [{"v": k[0], "f": k[1], "val": k[2], "d": n} for k, n in sorted(counts.items()) if n]
    if not rows:
        return
    t = variant_facts.c
    conn.execute(sa.update(variant_facts)
                 .where(t.variant_pk == sa.bindparam("v"), t.fact == sa.bindparam("f"), t.value == sa.bindparam("val"))
                 .values(n=t.n - sa.bindparam("d")), rows)
    conn.execute(sa.delete(variant_facts).where(t.variant_pk.in_(sorted({k[0] for k in counts})), t.n <= 0))


def load(conn: sa.Connection, pks: list[int]) -> dict[int, dict[str, dict[str, int]]]:
    """pk -> fact -> value -> n, for the given variants (every pk present, maybe empty)."""
    out: dict[int, dict[str, dict[str, int]]] = {pk: {f: {} for f in FACTS} for pk in pks}
    t = variant_facts.c
    for chunk in _chunks(pks):
        for row in conn.execute(sa.select(t.variant_pk, t.fact, t.value, t.n).where(t.variant_pk.in_(chunk))):
            out[row.variant_pk][row.fact][row.value] = row.n
    return out


def _chunks(values: list[int], size: int = 5000) -> Iterable[list[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]
