"""nlpolicy.regexes helpers: the rewritten patterns match what their plain forms match."""
import re

from nlpolicy.matching import fold_pattern
from nlpolicy.regexes import word_start_alternation

WORDS = ["công suất", "có", "đã", "dự kiến", "đạt", "tăng", "tăng thêm", "ước", "uớc", "ở"]
TEXTS = ["Công suất có tăng, đã đạt 30 MW; dự kiến tăng thêm 5 MW ở khu A",
         "cócông suất, tăngthêm", "ước đạt 20%, uớc tính", "ở", "khởở đã", ""]


def test_word_start_alternation_matches_as_the_plain_form():
    plain = r"(?<!\w)(?:" + "|".join(WORDS) + r")(?!\w)"
    ours = word_start_alternation(WORDS) + r"(?!\w)"
    assert ours != plain
    for old, new in ((plain, ours), (fold_pattern(plain), fold_pattern(ours))):
        for text in TEXTS + [t.lower() for t in TEXTS]:
            for lo in range(len(text) + 1):
                assert ([m.span() for m in re.finditer(old, text[lo:])] ==
                        [m.span() for m in re.finditer(new, text[lo:])])
                assert ([m.span() for m in re.compile(old).finditer(text, lo)] ==
                        [m.span() for m in re.compile(new).finditer(text, lo)])


def test_word_start_alternation_keeps_other_openings_plain():
    assert word_start_alternation(["tăng", "(?:x|y)z"]) == r"(?<!\w)(?:tăng|(?:x|y)z)"
    assert word_start_alternation(["a?b"]) == r"(?<!\w)(?:a?b)"
    assert word_start_alternation(["c", "cd"]) == r"(?:c(?<!\wc)(?:|d))"
