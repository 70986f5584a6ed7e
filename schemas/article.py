"""The article record: the one definition of every public field (see CONTRACT.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ISO_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"

ParticipantKind = Literal["person", "organization", "country"]
QuoteKind = Literal["direct", "indirect"]
QuotePart = Literal["title", "subtitle", "body"]


class Record(BaseModel):
    """Base for contract models: unknown keys are refused so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class Source(Record):
    """Where the text comes from, as the text itself says."""

    outlet: str | None = Field(None, description="Publication the text was taken from.", examples=["The Iran Project"])
    credited_source: str | None = Field(
        None, description="Agency or outlet credited inside the text.", examples=["Press TV"]
    )
    url: str | None = Field(None, description="URL printed in the text.")
    reporter: str | None = Field(None, description="Byline.")
    external_id: str | None = Field(None, description="The outlet's own story number.", examples=["428344"])


class Participant(Record):
    """A person, organization or country the article names."""

    name: str = Field(description="Canonical name: the fullest form the text gives.", examples=["Ebrahim Raisi"])
    kind: ParticipantKind
    aliases: list[str] = Field(default_factory=list, description="Every other form the text uses.")
    role: str | None = Field(None, description="Title or office as stated.", examples=["President of Iran"])
    country: str | None = Field(None, description="Country the participant represents.", examples=["Iran"])
    mentions: int = Field(1, ge=0, description="How often the text names it.")


class Speaker(Record):
    """The participant a quote is attributed to."""

    name: str
    kind: ParticipantKind


class Quote(Record):
    """A statement attributed to someone, located in `body` by `span`."""

    text: str = Field(description="Direct: the words inside the marks; indirect: the reported clause.")
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: str | None = Field(None, description="Speech verb.", examples=["said"])
    part: QuotePart = Field("body", description="The field `span` points into: a headline can hold a quote too.")
    span: tuple[int, int] = Field(description="Character offsets [start, end) of `text` inside `part`.")


class Topic(Record):
    """An IPTC Media Topic with the confidence and the evidence that produced it."""

    code: str = Field(pattern=r"^medtop:\d{8}$", examples=["medtop:11000000"])
    label: str = Field(examples=["politics and government"])
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list, description="Terms in the text that support the topic.")


class Provenance(Record):
    """How the record was made, and what the parser could not determine."""

    file: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    parser_version: str
    warnings: list[str] = Field(default_factory=list)


class ArticleRecord(Record):
    """One parsed article: the public contract of newsdesk."""

    id: str = Field(description="Stable id derived from the normalized text.")
    title: str | None = None
    subtitle: str | None = None
    source: Source = Field(default_factory=Source)
    published: str | None = Field(None, pattern=ISO_DATE_PATTERN, description="ISO 8601 date or date-time.")
    page_date: str | None = Field(None, pattern=ISO_DATE_PATTERN, description="A second date on the page.")
    dateline: str | None = Field(None, examples=["Tehran"])
    language: str = Field("en", description="BCP 47 code.")
    body: str
    participants: list[Participant] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    provenance: Provenance
