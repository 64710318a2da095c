"""Agency mentions: moved to :mod:`nlpolicy.agencies` (below ``structure``, which names the issuer
with it); this module re-exports it so that ``from nlpolicy.extract.agencies import ...`` keeps working."""
from nlpolicy.agencies import (AgencyMention, LexEntry, current_name, document_level, find_agencies, lexicon,
                               names_on, province_on, regional_collectives, speaks_to_peers, NO_HOME)

__all__ = ["AgencyMention", "LexEntry", "current_name", "document_level", "find_agencies", "lexicon", "names_on",
           "province_on", "regional_collectives", "speaks_to_peers", "NO_HOME"]
