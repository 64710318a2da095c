"""Errors a user can act on.  The CLI prints ``str(error)`` on one line and exits non-zero."""
from __future__ import annotations


class NlpolicyError(Exception):
    """Base class: a problem with the user's input or set-up, never a bug."""
    exit_code = 2


class InputError(NlpolicyError):
    """The path cannot be read as a document (missing, empty, binary, too big, encrypted ...)."""
    exit_code = 2


class NotPolicyError(NlpolicyError):
    """The text was read but is not a policy document."""
    exit_code = 3


class MissingToolError(NlpolicyError):
    """An optional system tool (Tesseract, Chromium) is needed and absent."""
    exit_code = 4


class OutputExistsError(NlpolicyError):
    """Refusing to overwrite a user's file without --force."""
    exit_code = 5


class TooLargeError(InputError):
    """The input passes one of ingest's limits (file size, text length, pages, pixels, ZIP expansion)."""
    exit_code = 2
