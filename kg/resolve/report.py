"""The resolution report: every decision a phase took that a user may want to check (``kg build --report``).

>>> r = ResolveReport()
>>> r.add("firms", MERGED, "易高能源", "山西易高能源有限公司", "the only firm whose name it shortens")
>>> r.add("firms", KEPT_APART, "恒信", "恒信化工股份有限公司、恒信新材料股份有限公司",
...       "fits several firms")
>>> print("\\n".join(r.lines()))
firms     merged      易高能源 -> 山西易高能源有限公司 (the only firm whose name it shortens)
firms     kept apart  恒信 | 恒信化工股份有限公司、恒信新材料股份有限公司 (fits several firms)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# The phases of resolution, in the order they run (see kg.resolve).
PHASES = ("chains", "places", "parks", "firms", "projects", "relations")

# What a decision did.
MERGED = "merged"  # subject joined target (one node)
KEPT_APART = "kept apart"  # subject could have joined target(s) but did not (ambiguous, or different by rule)
LINKED = "linked"  # subject -> target by a derived relation (a subsidiary to its group)
CLEANED = "cleaned"  # a name was cut to the name inside it (a clause fragment before it)
CHOSEN = "chosen"  # a reading was chosen among several (经开区: national or provincial)
DROPPED = "dropped"  # a mention or fact was left out of the graph
ACTIONS = (MERGED, KEPT_APART, LINKED, CLEANED, CHOSEN, DROPPED)
# How the subject and the target are joined in a report line, per action.
JOINERS = {MERGED: " -> ", KEPT_APART: " | ", LINKED: " -> ", CLEANED: " -> ", CHOSEN: " -> ", DROPPED: ""}


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision: which phase, what it did, to what, and why."""

    phase: str
    action: str
    subject: str
    target: str = ""
    reason: str = ""

    def line(self) -> str:
        body = self.subject + (JOINERS[self.action] + self.target if self.target else "")
        return f"{self.phase:<9} {self.action:<11} {body}" + (f" ({self.reason})" if self.reason else "")


@dataclass
class ResolveReport:
    """The decisions of one resolution, in the order they were taken (which is deterministic)."""

    decisions: list[Decision] = field(default_factory=list)

    def add(self, phase: str, action: str, subject: str, target: str = "", reason: str = "") -> None:
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}; valid: {', '.join(PHASES)}")
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; valid: {', '.join(ACTIONS)}")
        self.decisions.append(Decision(phase, action, subject, target, reason))

    def by(self, phase: str | None = None, action: str | None = None) -> list[Decision]:
        """The decisions of a phase and/or of an action."""
        return [d for d in self.decisions
                if (phase is None or d.phase == phase) and (action is None or d.action == action)]

    def pairs(self, phase: str, action: str) -> list[tuple[str, str]]:
        """(subject, target) of the decisions of a phase and action."""
        return [(d.subject, d.target) for d in self.by(phase, action)]

    def summary(self) -> str:
        """Counts per phase and action, e.g. ``firms: 3 merged, 1 kept apart``."""
        counts = Counter((d.phase, d.action) for d in self.decisions)
        parts = []
        for phase in PHASES:
            here = [f"{counts[(phase, a)]} {a}" for a in ACTIONS if counts[(phase, a)]]
            if here:
                parts.append(f"{phase}: {', '.join(here)}")
        return "; ".join(parts) or "no decisions"

    def lines(self) -> list[str]:
        """One line per decision, grouped by phase (phase order), then in the order taken."""
        order = {p: i for i, p in enumerate(PHASES)}
        ranked = sorted(enumerate(self.decisions), key=lambda t: (order[t[1].phase], t[0]))
        return [d.line() for _, d in ranked]
