"""A check of evaluation and feedback text for personality-based, gendered or vague words.

Each flag gives the span, the reason and a prompt for a situation-behaviour-impact example.
Vague praise ("helpful", "nice") is only flagged when its sentence gives no example. The
check reads text only: it never asks for, stores or infers anything about the person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PERSONALITY = "describes personality, not observable behaviour"
GENDERED = "is a word far more often used to criticise women than men"
VAGUE = "is vague praise that does not say what the person did"

SBI_PROMPT = (
    "Replace it with an example: the situation (when and where), the behaviour you saw or "
    "heard, and its impact on the work, client or team."
)

#: word forms → reason. Vague words are flagged only in sentences without an example.
_TERMS: dict[str, str] = {}
for _words, _reason in (
    (
        "abrasive abrasiveness aggressive aggressively aggressiveness emotional emotionally "
        "temperamental moody difficult arrogant cocky intimidating intimidated "
        "overbearing overconfident passive lazy sloppy unprofessional attitude "
        "defensive stubborn",
        PERSONALITY,
    ),
    (
        "bossy shrill hysterical feisty catty nagging ditzy bubbly sassy dramatic "
        "pushy brash strident",
        GENDERED,
    ),
    ("nice helpful pleasant friendly hardworking hard-working supportive", VAGUE),
):
    for _word in _words.split():
        _TERMS[_word] = _reason

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?\n]+")
#: Signs that a sentence gives a concrete example (then vague praise is not flagged).
_EXAMPLE = re.compile(
    r"\b(for example|for instance|e\.g\.|such as|when|during|by|because|after|which)\b|\d",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class BiasFlag:
    """One flagged word: ``text[start:end]``, why it is flagged and what to write instead."""

    start: int
    end: int
    word: str
    reason: str
    prompt: str

    @property
    def message(self) -> str:
        """The tooltip text: the reason and the prompt."""
        return f"“{self.word}” {self.reason}. {self.prompt}"


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def check_text(text: str) -> list[BiasFlag]:
    """Every flagged word of ``text``, in order, with its reason and the SBI prompt."""
    flags: list[BiasFlag] = []
    for s_start, s_end in _sentences(text):
        sentence = text[s_start:s_end]
        has_example: bool | None = None
        for match in _WORD.finditer(sentence):
            word = match.group(0)
            reason = _TERMS.get(word.lower())
            if reason is None:
                continue
            if reason is VAGUE:
                if has_example is None:
                    has_example = _EXAMPLE.search(sentence) is not None
                if has_example:
                    continue
            flags.append(
                BiasFlag(s_start + match.start(), s_start + match.end(), word, reason, SBI_PROMPT)
            )
    return flags


def flagged_words() -> frozenset[str]:
    """Every word form the check knows (lower case)."""
    return frozenset(_TERMS)


def is_vague(word: str) -> bool:
    """True for vague praise, which an example in the same sentence excuses."""
    return _TERMS.get(word.lower()) is VAGUE
