"""Response envelopes the HTTP API adds around storage results (pydantic only)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from schemas.search import SourceCount, TopicNode


class TopicList(BaseModel):
    """The IPTC topic tree, limited to topics in use."""

    data: list[TopicNode]


class SourceList(BaseModel):
    """Outlets and credited sources with article counts."""

    data: list[SourceCount]


class Health(BaseModel):
    """Liveness or readiness of one server process."""

    status: Literal["ok", "unavailable"]
    version: str = Field(examples=["0.1.0"])
