"""Extractors: targets, deadlines, projects, agencies, tasks (see ``pipeline.py`` for the order).

``nlpolicy.extract(path)`` is the public verb; importing this sub-package would put the
package object in its place on ``nlpolicy``, so the package itself is made callable and
does what the verb does.
"""
from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, path):
        from nlpolicy.extract.pipeline import extract
        return extract(path)


sys.modules[__name__].__class__ = _CallablePackage
