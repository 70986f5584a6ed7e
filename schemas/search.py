"""Search inputs and results shared by storage and the HTTP API (pydantic only)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.article import ParticipantKind, QuoteKind, Speaker, Topic

ArticleSort = Literal["relevance", "published", "-published"]
ParticipantSort = Literal["articles", "-articles", "name"]
Interval = Literal["day", "week", "month"]


class Query(BaseModel):
    """Filters shared by article, quote and timeline searches; every field narrows the set."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(None, description="Query language: words, \"phrases\", OR, -exclude, prefix*.")
    participant: str | None = Field(None, description="Participant id, canonical name or any alias.")
    speaker: str | None = Field(None, description="Speaker id, canonical name or any alias.")
    topic: str | None = Field(None, description="IPTC code; matches its descendants.")
    outlet: str | None = None
    credited_source: str | None = None
    country: str | None = None
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    has_quotes: bool | None = None
    kind: QuoteKind | None = Field(None, description="Quote searches only: direct or indirect.")


class PageMeta(BaseModel):
    """Paging metadata in the body, so generated SDKs type it."""

    page: int = Field(ge=1)
    per_page: int = Field(ge=1, le=100)
    total: int = Field(ge=0)
    pages: int = Field(ge=0)


class FacetCount(BaseModel):
    value: str
    label: str | None = None
    count: int


class SourceInfo(BaseModel):
    outlet: str | None = None
    credited_source: str | None = None


class ArticleSummary(BaseModel):
    """What a result list shows of an article: no body."""

    id: str
    title: str | None
    subtitle: str | None = None
    source: SourceInfo
    published: str | None
    dateline: str | None = None
    snippet: str | None = Field(None, description="Start of the body, or the matching passage.")
    quote_count: int = 0
    participants: list[str] = Field(default_factory=list, description="Canonical participant names.")
    topics: list[Topic] = Field(default_factory=list)
    duplicate_of: str | None = Field(None, description="Id of the first stored copy of the same story.")
    score: float | None = Field(None, description="Relevance, when the search had a query.")


class Facets(BaseModel):
    """The largest counts per facet over the whole result, exact or estimated from a sample."""

    topic: list[FacetCount] = Field(default_factory=list)
    participant: list[FacetCount] = Field(default_factory=list)
    outlet: list[FacetCount] = Field(default_factory=list)
    exact: bool = Field(True, description="True when every matching article was counted. False for a large result: "
                        "the counts are then estimates, counted over a sample of the result and scaled to its total "
                        "(rounded). An estimate's typical error is about 1/sqrt(its count within the sample): near "
                        "5% for a value in a fifth of a 2,000-article sample, 15% for one in 2%; values too rare to "
                        "be sampled are missing.")
    sample_size: int | None = Field(None, ge=0, description="How many articles were counted when `exact` is false: "
                                    "a fixed sample of the result, the same for the same data and query on every "
                                    "engine. Null when exact.")


class ArticlePage(BaseModel):
    data: list[ArticleSummary]
    pagination: PageMeta
    facets: Facets | None = None


class QuoteHit(BaseModel):
    """A stored quote with the article it comes from."""

    text: str
    kind: QuoteKind
    speaker: Speaker | None
    speaker_id: str | None = None
    cue: str | None
    span: tuple[int, int]
    article_id: str
    article_title: str | None
    outlet: str | None
    published: str | None


class QuotePage(BaseModel):
    data: list[QuoteHit]
    pagination: PageMeta


class ParticipantProfile(BaseModel):
    """One participant across all stored articles."""

    id: str
    name: str
    kind: ParticipantKind
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    article_count: int = 0
    quote_count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    merges: list[str] = Field(default_factory=list, description="Why variant names were joined.")


class ParticipantPage(BaseModel):
    data: list[ParticipantProfile]
    pagination: PageMeta


class TopicNode(BaseModel):
    code: str
    label: str
    count: int = Field(description="Articles tagged with this topic or a descendant.")
    children: list[TopicNode] = Field(default_factory=list)


class SourceCount(BaseModel):
    name: str
    role: Literal["outlet", "credited_source"]
    count: int


class TimelineBucket(BaseModel):
    period: str = Field(description="Start of the bucket, ISO date.")
    count: int


class Timeline(BaseModel):
    interval: Interval
    what: Literal["articles", "quotes"]
    data: list[TimelineBucket]
