"""Every test reads its documents afresh: the cache of extractions between runs
(``nlpolicy/cache.py``) is off unless a test turns it on in a folder of its own.  Set here,
in the environment, so that commands run in a subprocess inherit it."""
import os

os.environ["NLPOLICY_CACHE"] = "off"
