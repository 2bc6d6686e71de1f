"""Every compiled text pattern the understanding core holds, for checks that look at all of
them: the shape test (``test_pattern_shapes.py``) and the growth benchmark
(``benchmarks/pattern_growth.py``)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import afterview.understand


def understanding_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(``module.NAME``, pattern) for every pattern held by a module-level name of
    ``afterview.understand``, alone or in a list, tuple or dict; a pattern that two modules
    hold (one imports it) is listed under each."""
    found = []
    package = afterview.understand
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            if isinstance(value, dict):
                values = list(value.values())
            for item in values:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.append((f"{info.name}.{name}", item))
    return found
